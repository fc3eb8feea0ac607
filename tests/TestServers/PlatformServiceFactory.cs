using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkingPlatform.TestServers;

/// <summary>One service, in process, on the run's own database and vhost, with any extra settings and services a test puts in.</summary>
public sealed class PlatformServiceFactory<TEntryPoint>(
    IsolatedInfrastructure infrastructure, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public IsolatedInfrastructure Infrastructure => infrastructure;

    /// <summary>What the service's consumers have finished, counted per message type.</summary>
    public ConsumeCounter Consumed { get; } = new();

    /// <summary>A client that carries the Gateway's signed identity for the tenant.</summary>
    public HttpClient ClientFor(string tenantId, string scopes = "read write")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", GatewayIdentityTokens.Issue(infrastructure.SigningKey, tenantId, scopes));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:postgres", infrastructure.PostgresConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString);
        builder.UseSetting("Identity:SigningKey", infrastructure.SigningKey);
        builder.ConfigureServices(services => services.AddConsumeObserver(_ => Consumed));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }
}
