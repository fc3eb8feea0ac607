using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>The whole platform started by the AppHost, once per test collection, on a database and vhost of its own.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly IsolatedInfrastructure infrastructure = new();

    public string DemoApiKey { get; } = $"np_e2e_{Guid.NewGuid():N}";

    public DistributedApplication App { get; private set; } = null!;

    public IsolatedInfrastructure Infrastructure => infrastructure;

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, settings) => settings.Configuration!.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:postgres"] = infrastructure.PostgresConnectionString,
                ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString,
                ["Parameters:identity-signing-key"] = infrastructure.SigningKey,
                ["Parameters:demo-api-key"] = DemoApiKey,
                ["Parameters:demo-password"] = $"pw-{Guid.NewGuid():N}",
            }));
        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public HttpClient GatewayClient(string? apiKey)
    {
        var client = App.CreateHttpClient("gateway");
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "the platform through its AppHost";
}
