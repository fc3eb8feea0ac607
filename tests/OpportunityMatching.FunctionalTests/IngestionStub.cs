using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>
/// Stands for Ingestion's REST API on a real socket: it accepts a message only with an identity signed by the
/// shared key, as Ingestion does, and records what it accepted.
/// </summary>
public sealed class IngestionStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private IngestionStub(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Tenant, string Subject, JsonElement Body)> Messages { get; } = new();

    public string Address => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<IngestionStub> Start(string signingKey)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new IngestionStub(app);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = PlatformIdentity.Issuer,
            ValidAudience = PlatformIdentity.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        };
        app.MapPost("/api/v1/messages", async (HttpRequest request) =>
        {
            var token = request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty, StringComparison.Ordinal);
            var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters);
            if (!validated.IsValid)
            {
                return Results.Unauthorized();
            }

            var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            stub.Messages.Enqueue(((string)validated.Claims[PlatformIdentity.TenantClaim], (string)validated.Claims[PlatformIdentity.SubjectClaim], body));
            return Results.Accepted();
        });
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
