using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>
/// Starts again a resource that stopped while the platform was starting. On a loaded machine a service can lose the race
/// for Marten's schema lock and exit ("Unable to attain the global lock in time"), and its dependants then fail to start:
/// without this one such start sinks the whole suite. Each resource is started again a few times at most.
/// </summary>
internal sealed class CrashedResourceRestarter(DistributedApplication app) : IAsyncDisposable
{
    private const int MaxStartsPerResource = 3;
    private readonly CancellationTokenSource stop = new();
    private readonly Dictionary<string, int> starts = [];
    private Task? watching;

    public void Watch() => watching = Task.Run(() => WatchAsync(stop.Token));

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var commands = app.Services.GetRequiredService<ResourceCommandService>();
        try
        {
            await foreach (var change in app.ResourceNotifications.WatchAsync(cancellationToken))
            {
                var state = change.Snapshot.State?.Text;
                if ((state != KnownResourceStates.Exited && state != KnownResourceStates.FailedToStart) || change.Resource is ParameterResource)
                {
                    continue;
                }

                var count = starts.GetValueOrDefault(change.ResourceId);
                if (count >= MaxStartsPerResource)
                {
                    continue;
                }

                starts[change.ResourceId] = count + 1;
                await commands.ExecuteCommandAsync(change.ResourceId, KnownResourceCommands.StartCommand, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The platform has started, or the fixture is stopping it.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (watching is not null)
        {
            await watching;
        }

        stop.Dispose();
    }
}
