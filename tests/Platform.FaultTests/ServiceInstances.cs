using System.Collections.Concurrent;
using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// The latest state of every process the AppHost runs, kept from its resource notifications: which
/// process serves a service now, and whether a restarted one serves again.
/// </summary>
public sealed class ServiceInstances : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ResourceEvent> latest = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task watching;

    public ServiceInstances(ResourceNotificationService notifications) =>
        watching = Task.Run(async () =>
        {
            try
            {
                await foreach (var change in notifications.WatchAsync(stopping.Token))
                {
                    latest[change.ResourceId] = change;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Disposed.
            }
        });

    /// <summary>The instances of a service (several if it runs replicas), in a stable order.</summary>
    public IReadOnlyList<ResourceEvent> Of(string service) =>
        [.. latest.Values.Where(e => e.Resource.Name == service).OrderBy(e => e.ResourceId, StringComparer.Ordinal)];

    public ResourceEvent? Current(string resourceId) => latest.GetValueOrDefault(resourceId);

    /// <summary>The process DCP started for the instance (for a project, the <c>dotnet run</c> that runs the service).</summary>
    public static int? Pid(ResourceEvent instance) =>
        instance.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
        && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    /// <summary>Running, healthy, and with a process.</summary>
    public static bool Serves(ResourceEvent instance) =>
        instance.Snapshot.State?.Text == KnownResourceStates.Running && instance.Snapshot.HealthStatus == HealthStatus.Healthy && Pid(instance) is not null;

    /// <summary>Whether the instance serves again from a process other than <paramref name="killed"/>.</summary>
    public bool ServesAgain(string resourceId, int killed) =>
        Current(resourceId) is { } now && Serves(now) && Pid(now) != killed;

    /// <summary>Waits until every one of <paramref name="services"/> runs as its number of serving processes.</summary>
    public async Task WaitUntilServing(IReadOnlyDictionary<string, int> services, TimeSpan timeout)
    {
        try
        {
            await Eventually.Get(
                () => Task.FromResult(services.All(service => Of(service.Key) is { } instances && instances.Count == service.Value && instances.All(Serves)) ? services : null),
                timeout);
        }
        catch (TimeoutException)
        {
            var states = services.Keys.SelectMany(Of).Select(i => $"{i.ResourceId}: {i.Snapshot.State?.Text} {i.Snapshot.HealthStatus}");
            throw new TimeoutException($"The platform did not serve within {timeout}: {string.Join("; ", states)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await watching;
        stopping.Dispose();
    }
}
