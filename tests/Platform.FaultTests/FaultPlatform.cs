using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using NetworkingPlatform.Platform.Load;
using NetworkingPlatform.TestServers;
using NetworkingPlatform.TestServers.PrivateServers;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// The whole platform started by the AppHost, on a PostgreSQL cluster and a
/// RabbitMQ cluster of three nodes (quorum queues, as the platform declares them) of the suite's own: restarting those disturbs nothing else on the machine (other test projects, a
/// running ./run.sh). Everything is removed afterwards, and a later run removes what a killed run left behind.
/// </summary>
public sealed class FaultPlatform : IAsyncLifetime
{
    public const string Database = "networking";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    /// <summary>
    /// Every service and how many processes run it: ResponseTracking (with a Marten daemon) and Notification as two
    /// replicas each, so that one can be killed while the other consumes, and a PostgreSQL restart meets two daemons.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Services = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["gateway"] = 1,
        ["ingestion"] = 1,
        ["responsetracking"] = 2,
        ["opportunitymatching"] = 1,
        ["notification"] = 2,
    };

    private ServerRun? servers;

    /// <summary>The service's PostgreSQL schema (its name in snake case).</summary>
    public static string SchemaOf(string service) => service switch
    {
        "responsetracking" => "response_tracking",
        "opportunitymatching" => "opportunity_matching",
        _ => service,
    };

    /// <summary>The start of the names of a service's queues (MassTransit's kebab case of the service's name).</summary>
    public static string QueuePrefixOf(string service) => service switch
    {
        "responsetracking" => "response-tracking",
        "opportunitymatching" => "opportunity-matching",
        _ => service,
    };

    public PrivatePostgres Postgres { get; private set; } = null!;

    public PrivateRabbitMqCluster RabbitMq { get; private set; } = null!;

    public DistributedApplication App { get; private set; } = null!;

    public ServiceInstances Instances { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public PlatformRecords Records { get; private set; } = null!;

    public BrokerQueues Queues { get; private set; } = null!;

    public PlatformJudge Judge { get; private set; } = null!;

    /// <summary>The faults injected so far, in order: each test prints the table of them all.</summary>
    public List<FaultOutcome> Outcomes { get; } = [];

    public async Task InitializeAsync()
    {
        try
        {
            await Start();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task Start()
    {
        servers = await ServerRun.Create();
        var postgres = PrivatePostgres.Start(servers);
        var rabbitMq = PrivateRabbitMqCluster.Start(servers);
        (Postgres, RabbitMq) = (await postgres, await rabbitMq);
        await Postgres.CreateDatabase(Database);

        var settings = AppHostSettings.For(Postgres.ConnectionString(Database), RabbitMq.ConnectionString,
            $"{Guid.NewGuid():N}{Guid.NewGuid():N}", $"np_faults_{Guid.NewGuid():N}", $"pw-{Guid.NewGuid():N}");
        foreach (var (service, replicas) in Services)
        {
            settings[$"Replicas:{service}"] = replicas.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [], (_, host) => host.Configuration!.AddInMemoryCollection(settings));
        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        Instances = new ServiceInstances(App.ResourceNotifications);
        await App.StartAsync(timeout.Token);
        await Instances.WaitUntilServing(Services, StartTimeout);

        GatewayAddress = App.GetEndpoint("gateway", "http");
        Gateway = GatewayClient.Create(GatewayAddress);
        Records = new PlatformRecords(Postgres.ConnectionString(Database));
        Queues = new BrokerQueues(RabbitMq.Managements, PrivateRabbitMqNode.User, RabbitMq.Password, RabbitMq.VirtualHost);
        Judge = new PlatformJudge(Records, Queues);
        await FaultRound.WarmUp(this, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        try
        {
            Gateway?.Dispose();
            Queues?.Dispose();
            if (Instances is not null)
            {
                await Instances.DisposeAsync();
            }

            if (App is not null)
            {
                await App.DisposeAsync();
            }
        }
        finally
        {
            if (servers is not null)
            {
                await servers.DisposeAsync();
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class FaultPlatformCollection : ICollectionFixture<FaultPlatform>
{
    public const string Name = "the platform on servers of its own, under faults";
}
