using NetworkingPlatform.OpportunityMatching.Extensions;
using NetworkingPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddOpportunityMatching();

var app = builder.Build();
app.UseServiceDefaults();
app.MapOpportunityMatchingEndpoints();
app.Run();

public partial class Program;
