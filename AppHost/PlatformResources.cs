using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.AppHost.Restarts;

namespace NetworkingPlatform.AppHost;

public static class PlatformResources
{
    public const string InfrastructureSetting = "Infrastructure";

    /// <summary>
    /// "true" (./run.sh) makes the Gateway and the portal listen on their own ports (5080, 5090) instead of behind DCP's
    /// proxy, which costs a hop for every request. Test runs leave it off: proxied, their ports are randomised, so several
    /// platforms run side by side.
    /// </summary>
    public const string DirectPublicEndpointsSetting = "DirectPublicEndpoints";

    /// <summary>The broker's queue type for every service: "quorum" (the default) or "classic" (./run.sh: NP_RABBIT_QUEUE_TYPE).</summary>
    public const string QueueTypeSetting = "Messaging:QueueType";
    private const string QueueTypeVariable = "Messaging__QueueType";

    /// <summary>
    /// PostgreSQL and RabbitMQ. "local" (the default) uses servers already running on this machine, given by the
    /// connection strings <c>postgres</c> and <c>rabbitmq</c> (scripts/infra.sh starts them). "containers" lets
    /// Aspire run them in Docker, for machines that have a Docker engine.
    /// </summary>
    public static (IResourceBuilder<IResourceWithConnectionString> Postgres, IResourceBuilder<IResourceWithConnectionString> RabbitMq)
        AddPlatformInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = builder.Configuration[InfrastructureSetting] ?? "local";
        switch (mode)
        {
            case "containers":
                var database = builder.AddPostgres("postgres-server").AddDatabase("postgres", "networking");
                var broker = builder.AddRabbitMQ("rabbitmq").WithManagementPlugin();
                return (database, broker);
            case "local":
                return (builder.AddLocalServer("postgres", PostgresEndpoint), builder.AddLocalServer("rabbitmq", RabbitMqEndpoints));
            default:
                throw new InvalidOperationException($"'{InfrastructureSetting}' must be 'local' or 'containers', not '{mode}'.");
        }
    }

    public static IResourceBuilder<ProjectResource> AddPlatformService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<IResourceWithConnectionString> postgres,
        IResourceBuilder<IResourceWithConnectionString> rabbitmq,
        IResourceBuilder<ParameterResource> signingKey)
        where TProject : IProjectMetadata, new()
    {
        var replicas = builder.ReplicasOf(name);
        return builder.AddProject<TProject>(name)
            .WithReference(postgres).WaitFor(postgres)
            .WithReference(rabbitmq).WaitFor(rabbitmq)
            .WithEnvironment("Identity__SigningKey", signingKey)
            .WithQueueType()
            .WithReplicas(replicas)
            // Services are found by service discovery, never at a fixed port. A single copy listens on a port DCP picks;
            // only replicas need DCP's proxy in front of them to share one address.
            .WithEndpoint("http", endpoint =>
            {
                endpoint.Port = null;
                endpoint.IsProxied = replicas > 1;
            })
            .WithHttpHealthCheck("/health")
            .WithMetricExportInterval()
            .WithRestartOnCrash();
    }

    /// <summary>The queue type a process that uses the broker declares its queues with.</summary>
    public static IResourceBuilder<ProjectResource> WithQueueType(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment(QueueTypeVariable, project.ApplicationBuilder.Configuration[QueueTypeSetting] ?? "quorum");

    /// <summary>As many replicas as <c>Replicas:{name}</c> says (1 unless set).</summary>
    public static IResourceBuilder<ProjectResource> WithConfiguredReplicas(this IResourceBuilder<ProjectResource> project) =>
        project.WithReplicas(project.ApplicationBuilder.ReplicasOf(project.Resource.Name));

    /// <summary>
    /// A public endpoint on its own port when <see cref="DirectPublicEndpointsSetting"/> says so, unless the project runs
    /// as several replicas: they can only share one address through DCP's proxy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPublicEndpoint(this IResourceBuilder<ProjectResource> project) =>
        project.ApplicationBuilder.Configuration.GetValue(DirectPublicEndpointsSetting, false) && !project.Resource.IsReplicated()
            ? project.WithEndpoint("http", endpoint => endpoint.IsProxied = false).WithExternalHttpEndpoints()
            : project.WithExternalHttpEndpoints();

    private static int ReplicasOf(this IDistributedApplicationBuilder builder, string name) =>
        builder.Configuration.GetValue($"Replicas:{name}", 1);

    private static bool IsReplicated(this ProjectResource project) =>
        project.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) && replicas.Replicas > 1;

    public static string SeedFile(this IDistributedApplicationBuilder builder, string fileName) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "seeds", fileName));

    /// <summary>A server outside Aspire's control, reached by its connection string; healthy once its port accepts connections.</summary>
    private static IResourceBuilder<IResourceWithConnectionString> AddLocalServer(
        this IDistributedApplicationBuilder builder,
        string name,
        Func<string, IReadOnlyList<(string Host, int Port)>> endpointsOf)
    {
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException(
                $"Connection string '{name}' is not set: run through ./run.sh, which starts the local servers and passes it.");
        var checkName = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddCheck(checkName, new TcpHealthCheck(endpointsOf(connectionString)));
        return builder.AddConnectionString(name).WithHealthCheck(checkName);
    }

    private static IReadOnlyList<(string Host, int Port)> PostgresEndpoint(string connectionString)
    {
        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim().ToLowerInvariant(), pair => pair[1].Trim());
        var host = parts.GetValueOrDefault("host") ?? parts.GetValueOrDefault("server") ?? "127.0.0.1";
        return [(host, int.TryParse(parts.GetValueOrDefault("port"), out var port) ? port : 5432)];
    }

    /// <summary>The node or, for a cluster (amqp://user:password@host1:port1,host2:port2/vhost), every node.</summary>
    private static IReadOnlyList<(string Host, int Port)> RabbitMqEndpoints(string connectionString)
    {
        var authority = connectionString[(connectionString.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/')[0];
        return [.. authority[(authority.LastIndexOf('@') + 1)..].Split(',').Select(node => new Uri($"amqp://{node}"))
            .Select(node => (node.Host, node.IsDefaultPort || node.Port <= 0 ? 5672 : node.Port))];
    }
}
