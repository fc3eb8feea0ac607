using System.Collections.Concurrent;
using System.Diagnostics;
using Marten;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkingPlatform.ServiceDefaults;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;
using NetworkingPlatform.TestServers;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>
/// The web defaults trace requests; the storage and messaging defaults each add their libraries' traces. A host built
/// from the three, as every service but the portal is, traces its database commands and its messages.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class LibraryTelemetryTests(IsolatedInfrastructure infrastructure)
{
    [Fact]
    public async Task A_service_built_from_the_defaults_traces_its_database_commands_and_its_messages()
    {
        var exported = new ExportedActivities();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{MartenExtensions.ConnectionName}"] = infrastructure.PostgresConnectionString;
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = infrastructure.RabbitMqConnectionString;
        builder.AddServiceDefaults();
        builder.AddPlatformMarten("library_telemetry", _ => { });
        builder.AddPlatformMessaging();
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(exported));
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            // Work outside a request is traced when something of the service's own started the trace (background polling
            // by itself never is: PlatformSampler).
            using (PlatformTelemetry.ActivitySource.StartActivity("traced work"))
            {
                await using (var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession("tenant-a"))
                {
                    session.Store(new TracedDocument(Guid.NewGuid().ToString("N")));
                    await session.SaveChangesAsync();
                }

                await host.Services.GetRequiredService<IBus>().Publish(new TracedMessage(Guid.NewGuid()));
            }

            await Eventually.Get(
                async () => exported.Sources.IsSupersetOf(["Npgsql", "MassTransit"]) ? exported : null,
                TimeSpan.FromSeconds(10),
                "a database command traced by Npgsql and a publish traced by MassTransit");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public sealed record TracedDocument(string Id);

    public sealed record TracedMessage(Guid Id);

    /// <summary>What the exporter was given; it adds from whichever thread ended an activity.</summary>
    private sealed class ExportedActivities : ICollection<Activity>
    {
        private readonly ConcurrentQueue<Activity> activities = new();

        public HashSet<string> Sources => [.. activities.Select(activity => activity.Source.Name)];

        public int Count => activities.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => activities.Enqueue(item);

        public void Clear() => activities.Clear();

        public bool Contains(Activity item) => activities.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => activities.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => activities.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
