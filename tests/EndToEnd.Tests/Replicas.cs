using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// Finds the replicas of a service in the AppHost's model and the state DCP reports for each. Aspire's own health of a
/// replica is of little use here: its check calls the shared proxied address, so any copy answers it. Readiness is read
/// from each copy's own <c>/health</c> instead.
/// </summary>
public static class Replicas
{
    public static readonly TimeSpan HealthyBound = TimeSpan.FromSeconds(120);

    /// <summary>Every replica of <paramref name="service"/>, once each runs and answers its own <c>/health</c> with 200.</summary>
    public static async Task<IReadOnlyList<Replica>> Ready(this DistributedApplication app, string service)
    {
        var resource = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(resource => resource.Name == service);
        var count = resource.TryGetLastAnnotation<ReplicaAnnotation>(out var replicas) ? replicas.Replicas : 1;
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        using (var bound = new CancellationTokenSource(HealthyBound))
        {
            await foreach (var update in app.ResourceNotifications.WatchAsync(bound.Token))
            {
                if (update.Resource.Name == service && ids.Add(update.ResourceId) && ids.Count == count)
                {
                    break;
                }
            }
        }

        var ready = new List<Replica>();
        foreach (var id in ids)
        {
            ready.Add(await app.Ready(service, id, previousPid: null));
        }

        return ready;
    }

    /// <summary>
    /// The replica <paramref name="resourceId"/> once it runs (in a process other than <paramref name="previousPid"/>, after
    /// a restart) and its own <c>/health</c> answers 200.
    /// </summary>
    public static async Task<Replica> Ready(this DistributedApplication app, string service, string resourceId, int? previousPid)
    {
        var running = await app.Running(service, resourceId, previousPid);
        using var http = running.Client();
        await Eventually.Get(async () =>
        {
            try
            {
                return (await http.GetAsync("/health")).IsSuccessStatusCode ? running : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, HealthyBound, $"{resourceId} answering /health with 200");
        return running;
    }

    /// <summary>The replica once DCP reports it running with a process (other than <paramref name="previousPid"/>) and an address.</summary>
    public static async Task<Replica> Running(this DistributedApplication app, string service, string resourceId, int? previousPid)
    {
        using var bound = new CancellationTokenSource(HealthyBound);
        var resource = await app.ResourceNotifications.WaitForResourceAsync(service, e =>
            e.ResourceId == resourceId && e.Snapshot.State?.Text == KnownResourceStates.Running
            && Pid(e) is { } pid && pid != previousPid && Address(e) is not null, bound.Token);
        return new Replica(resourceId, Pid(resource)!.Value, Address(resource)!);
    }

    private static int? Pid(ResourceEvent resource) =>
        resource.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
        && int.TryParse(value.ToString(), out var pid) ? pid : null;

    private static Uri? Address(ResourceEvent resource) =>
        resource.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "ASPNETCORE_URLS")?.Value is { } urls
        && Uri.TryCreate(urls.Split(';')[0], UriKind.Absolute, out var address) ? address : null;
}
