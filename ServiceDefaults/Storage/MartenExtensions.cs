using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using JasperFx.OpenTelemetry;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkingPlatform.ServiceDefaults.Faults;

namespace NetworkingPlatform.ServiceDefaults.Storage;

public static class MartenExtensions
{
    public const string ConnectionName = "postgres";

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
        });
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres", tags: ["ready"]);
        builder.AddLeftBehindMonitor(schemaName);

        return builder.Services.AddMarten(options =>
            {
                options.DatabaseSchemaName = schemaName;
                options.Events.DatabaseSchemaName = schemaName;
                options.Events.StreamIdentity = StreamIdentity.AsString;
                options.Events.MetadataConfig.HeadersEnabled = true;
                // Wakes the async daemon on append instead of its 1 s idle polling: forwarding latency drops to milliseconds.
                options.Events.UseListenNotifyForEventAppends = true;
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
                options.OpenTelemetry.TrackConnections = TrackLevel.Normal;
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
