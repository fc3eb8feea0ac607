using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.ServiceDefaults;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.FunctionalTests;

/// <summary>
/// A real downstream service on a loopback port, built from the same ServiceDefaults as the platform's services:
/// it validates the Gateway's identity and answers with what it verified and which headers reached it.
/// </summary>
public sealed class EchoService : IAsyncDisposable
{
    private readonly WebApplication app;

    private EchoService(WebApplication app) => this.app = app;

    public string Address => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<EchoService> Start(string signingKey)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration[PlatformIdentity.SigningKeySetting] = signingKey;
        builder.AddServiceDefaults();
        builder.AddGatewayIdentity();
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapMethods("/api/v1/messages/echo", ["GET", "POST"], (PlatformCaller caller, Microsoft.AspNetCore.Http.HttpRequest request) =>
            new EchoResponse(caller.TenantId, caller.Subject, [.. caller.Scopes.Order()], request.Headers.ContainsKey("X-Api-Key") || request.Headers.ContainsKey("Cookie"), caller.Member));
        await app.StartAsync();
        return new EchoService(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public sealed record EchoResponse(string TenantId, string Subject, IReadOnlyList<string> Scopes, bool SawApiKey, string? Member);
