using NetworkingPlatform.Mailboxes.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMailboxes();

var app = builder.Build();
app.UseServiceDefaults();
app.MapMailboxEndpoints();
app.Run();

public partial class Program;
