using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.AppHost.Restarts;

/// <summary>
/// Aspire has no restart policy for project resources; this is one, like docker compose's <c>restart: unless-stopped</c>.
/// A marked service whose process exits while the application runs, without anyone stopping it, is started again with
/// Aspire's own start command after a short backoff (1, 2, 4, 8 s), and its console log in the dashboard says so. A
/// service that keeps crashing is left stopped after <see cref="MaxRestarts"/> restarts within <see cref="Window"/>,
/// so one that fails at start does not spin.
/// </summary>
/// <remarks>
/// A stop someone asked for (the dashboard's Stop or Restart) passes through <see cref="KnownResourceStates.Stopping"/>
/// before it ends; a process that dies goes from running (or starting) straight to an end state. Only the latter is
/// restarted. (Aspire 13.6 adds its lifecycle commands only as it creates the processes, too late to wrap them.)
/// Watching begins before the first process is created (<see cref="Begin"/> at Aspire's BeforeStartEvent), not as a
/// hosted service: those start only after Aspire's orchestrator started every resource, and a service that failed while
/// the platform started (its database slow to answer on a loaded machine) was then never started again, holding every
/// service that waits for it.
/// </remarks>
public sealed class CrashedServiceRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<CrashedServiceRestarter> logger)
{
    public const int MaxRestarts = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(8);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> restarts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> lastStates = new(StringComparer.Ordinal);

    private Task? watching;

    /// <summary>Starts watching the resources until the application stops; later calls do nothing.</summary>
    public void Begin() => watching ??= Task.Run(() => Watch(lifetime.ApplicationStopping));

    private async Task Watch(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (!change.Resource.Annotations.OfType<RestartOnCrashAnnotation>().Any())
                {
                    continue;
                }

                // A process being created has no state yet: it says nothing about how the last one ended.
                if (change.Snapshot.State?.Text is not { Length: > 0 } state)
                {
                    continue;
                }

                lastStates.TryGetValue(change.ResourceId, out var before);
                lastStates[change.ResourceId] = state;
                if (Crashed(before, state) && !Stopping && pending.TryAdd(change.ResourceId, 0))
                {
                    _ = RestartLater(change.ResourceId, change.Snapshot, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    private bool Stopping => lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>An end state reached from a live one without passing through Stopping; repeats of an end state are not new.</summary>
    private static bool Crashed(string? before, string state) =>
        KnownResourceStates.TerminalStates.Contains(state)
        && before is not null
        && before != KnownResourceStates.Stopping
        && !KnownResourceStates.TerminalStates.Contains(before);

    private async Task RestartLater(string resourceId, CustomResourceSnapshot snapshot, CancellationToken stoppingToken)
    {
        var log = resourceLogs.GetLogger(resourceId);
        try
        {
            var now = DateTimeOffset.UtcNow;
            var recent = restarts.GetOrAdd(resourceId, _ => new Queue<DateTimeOffset>());
            while (recent.TryPeek(out var oldest) && now - oldest > Window)
            {
                recent.Dequeue();
            }

            if (recent.Count >= MaxRestarts)
            {
                log.LogError("Exited unexpectedly ({State}, exit code {ExitCode}) after {Restarts} restarts in {Window}: left stopped. Start it from the dashboard once the cause is fixed.",
                    snapshot.State?.Text, snapshot.ExitCode, recent.Count, Window);
                logger.LogError("{Resource} keeps crashing ({Restarts} restarts in {Window}): left stopped.", resourceId, recent.Count, Window);
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks << recent.Count));
            recent.Enqueue(now);
            log.LogWarning("Exited unexpectedly ({State}, exit code {ExitCode}): starting it again in {Delay} s (restart {Restart} of at most {MaxRestarts} in {Window}).",
                snapshot.State?.Text, snapshot.ExitCode, delay.TotalSeconds, recent.Count, MaxRestarts, Window);
            logger.LogWarning("{Resource} exited unexpectedly (exit code {ExitCode}); restarting it in {Delay} s.", resourceId, snapshot.ExitCode, delay.TotalSeconds);
            await Task.Delay(delay, stoppingToken);
            if (Stopping)
            {
                return;
            }

            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                log.LogError("Could not start it again: {Message}", result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Restarting {Resource} failed.", resourceId);
        }
        finally
        {
            pending.TryRemove(resourceId, out _);
        }
    }
}
