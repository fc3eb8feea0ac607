using NetworkingPlatform.Ingestion.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIngestion();

var app = builder.Build();
app.UseServiceDefaults();
app.MapIngestionEndpoints();
app.Run();

public partial class Program;
