using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using NetworkingPlatform.TestServers;
using NetworkingPlatform.TestServers.Contract;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// The whole platform started by the AppHost once for every end-to-end test, on a database and vhost of its own, with two
/// replicas of every service as it would run at scale: every journey also proves the replicas neither lose nor double.
/// One AppHost for the whole project, because starting its eight processes is most of this suite's time on two cores.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    /// <summary>The host of the webhook receiver the journeys register.</summary>
    public const string WebhookHost = "hooks.example.org";

    /// <summary>Every service the AppHost runs, as two replicas; the portal keeps one (a Blazor circuit lives in one process).</summary>
    public static readonly IReadOnlyList<string> ReplicatedServices =
        ["gateway", "ingestion", "responsetracking", "opportunitymatching", "notification", "mailboxes"];

    /// <summary>Rows Ingestion commits together in an import.</summary>
    public const int ImportRowsPerCommit = 100;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly IsolatedInfrastructure infrastructure = new();

    public string DemoApiKey { get; } = $"np_e2e_{Guid.NewGuid():N}";

    public DistributedApplication App { get; private set; } = null!;

    public IsolatedInfrastructure Infrastructure => infrastructure;

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, settings) => settings.Configuration!.AddInMemoryCollection(
                new Dictionary<string, string?>(infrastructure.AppHostSettings(DemoApiKey, $"pw-{Guid.NewGuid():N}")
                    .Concat(ReplicatedServices.Select(service => KeyValuePair.Create($"Replicas:{service}", (string?)"2"))))));
        // The journeys' webhook receiver is a name answered by a configured entry, never DNS, pointing at loopback where
        // nothing listens on 443: its deliveries are recorded and fail without any traffic leaving the machine.
        builder.CreateResourceBuilder<ProjectResource>("notification")
            .WithEnvironment("Webhooks__AllowLoopback", "true")
            .WithEnvironment($"Webhooks__Hosts__{WebhookHost}", "127.0.0.1");
        // Chunks of 100 rows instead of 1,000, so an import of a few thousand rows commits dozens of times and a replica
        // can be killed in the middle of one (ImportResumedAfterItsReplicaDiesTests); the other journeys import a few rows.
        builder.CreateResourceBuilder<ProjectResource>("ingestion")
            .WithEnvironment("Ingestion__Imports__RowsPerCommit", ImportRowsPerCommit.ToString(CultureInfo.InvariantCulture));
        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    /// <summary>The Gateway, every answer checked against the committed contract (<see cref="ContractCheck"/>).</summary>
    public HttpClient GatewayClient(string? apiKey)
    {
        var client = ContractCheck.Client(App.GetEndpoint("gateway", "http"));
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
