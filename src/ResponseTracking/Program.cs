using NetworkingPlatform.ResponseTracking.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddResponseTracking();

var app = builder.Build();
app.UseServiceDefaults();
app.MapResponseTrackingEndpoints();
app.Run();

public partial class Program;
