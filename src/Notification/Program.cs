using NetworkingPlatform.Notification.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotification();

var app = builder.Build();
app.UseServiceDefaults();
app.MapNotificationEndpoints();
app.Run();

public partial class Program;
