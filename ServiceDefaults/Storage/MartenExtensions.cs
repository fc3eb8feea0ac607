using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using JasperFx.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.ServiceDefaults.Storage.Faults;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Storage;

public static class MartenExtensions
{
    public const string ConnectionName = "postgres";
    public const string MaxPoolSizeSetting = "Storage:MaxPoolSize";
    private const int DefaultMaxPoolSize = 30;
    private static readonly string[] LibrarySources = ["Marten", "Npgsql"];

    /// <summary>
    /// Marten on the shared PostgreSQL server, in the service's own schema. Tenant-scoped services keep every
    /// document and event under its tenant (conjoined tenancy), so a session opened for one tenant cannot see another.
    /// Sessions that append events call <see cref="StoredEventExtensions.CarryTrace"/>, so forwarders continue the trace.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddPlatformMarten(
        this IHostApplicationBuilder builder,
        string schemaName,
        Action<StoreOptions> configure,
        bool tenantScoped = true)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is not configured.");

        // Marten sends the same few statements over and over (appends, upserts): prepared once per connection, PostgreSQL
        // stops parsing and planning them on every commit.
        builder.Services.AddNpgsqlDataSource(connectionString, dataSource =>
        {
            dataSource.ConnectionStringBuilder.MaxAutoPrepare = 200;
            dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            // A connection returned to the pool is otherwise reset (RESET ALL, UNLISTEN, DISCARD …) before its next use:
            // one more statement for PostgreSQL to parse and run per session opened, hundreds a second under load. No
            // code here leaves session state on a pooled connection (LISTEN has connections of its own, locks are
            // transaction-scoped).
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;
            // Work is batched, so a service needs few connections; a larger pool only adds PostgreSQL backends, each
            // with its own caches to warm, under a burst of reads.
            dataSource.ConnectionStringBuilder.MaxPoolSize = builder.Configuration.GetValue(MaxPoolSizeSetting, DefaultMaxPoolSize);
            // A span event per command for its first response byte: a third of all the span events the dashboard stored.
            dataSource.ConfigureTracing(tracing => tracing.EnableFirstResponseEvent(false));
        });
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: ["ready"]);
        // Marten logs its DDL and Npgsql every command at Information: too loud to be useful.
        builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        builder.Logging.AddFilter("Marten", LogLevel.Warning);
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(LibrarySources))
            .WithTracing(tracing => tracing.AddSource(LibrarySources).AddNpgsql());
        var wakeup = new EventsCommittedWakeup();
        builder.Services.AddSingleton(wakeup);
        builder.AddLeftBehindMonitor(schemaName);

        return builder.Services.AddMarten(options =>
            {
                options.DatabaseSchemaName = schemaName;
                options.Events.DatabaseSchemaName = schemaName;
                options.Events.StreamIdentity = StreamIdentity.AsString;
                options.Events.MetadataConfig.HeadersEnabled = true;
                // Forwarders publish within milliseconds of a commit here, and within the daemon's polling interval (a
                // second) of another replica's: each poll writes the high-water mark, so polling faster costs commits.
                options.Projections.Wakeup = wakeup;
                options.Listeners.Add(new WakeDaemonAfterCommit(wakeup));
                // Appends in one database call per batch, without reading every stream's version first.
                options.Events.AppendMode = EventAppendMode.Quick;
                if (tenantScoped)
                {
                    options.Events.TenancyStyle = TenancyStyle.Conjoined;
                    options.Policies.AllDocumentsAreMultiTenanted();
                }

                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // Every service migrates its own schema of the one database at start. With Marten's one default lock id
                // they queued behind each other, and under load a service gave up after the default 10 s and exited.
                // Now only replicas of one service wait for each other, for as long as a loaded machine needs.
                options.ApplyChangesLockId = SchemaLockId(schemaName);
                options.ApplyChangesLockTimeout = TimeSpan.FromMinutes(2);
                // A span per session as well as Npgsql's per command doubled what a trace stores (and the dashboard
                // writes) for little more to see: Npgsql's spans carry each command.
                options.OpenTelemetry.TrackConnections = TrackLevel.None;
                options.OpenTelemetry.TrackEventCounters();
                configure(options);
            })
            .UseNpgsqlDataSource()
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
    }

    private static int SchemaLockId(string schemaName) =>
        BitConverter.ToInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"marten-migrations:{schemaName}")));
}
