using NetworkingPlatform.Portal.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPortal();

var app = builder.Build();
app.UsePortal();
app.Run();

public partial class Program;
