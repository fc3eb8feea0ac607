using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>
/// Stands for Ingestion's REST API on a real socket: it accepts a message only with an identity signed by the
/// shared key, as Ingestion does, and records what it accepted.
/// </summary>
public sealed class IngestionStub : IAsyncDisposable
{
    private LoopbackHttpServer? server;

    public ConcurrentQueue<(string Tenant, string Subject, JsonElement Body)> Messages { get; } = new();

    public string Address => server!.BaseAddress.ToString().TrimEnd('/');

    public static async Task<IngestionStub> Start(string signingKey)
    {
        var stub = new IngestionStub();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = PlatformIdentity.Issuer,
            ValidAudience = PlatformIdentity.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
        };
        stub.server = await LoopbackHttpServer.Start(app => app.MapPost("/api/v1/messages", async (HttpRequest request) =>
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
        }));
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
