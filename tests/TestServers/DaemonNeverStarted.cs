using JasperFx.Events.Daemon;
using Marten.Events.Daemon.Coordination;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// Stands in for Marten's projection coordinator in a service a test starts as if it had crashed before its async
/// daemon forwarded anything: it records and commits, but no projection or forwarder of its runs.
/// (Register it with <c>services.AddSingleton&lt;IProjectionCoordinator, DaemonNeverStarted&gt;()</c>.)
/// </summary>
public sealed class DaemonNeverStarted : Marten.Events.Daemon.Coordination.IProjectionCoordinator
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public IProjectionDaemon DaemonForMainDatabase() => throw NeverStarted();

    public ValueTask<IProjectionDaemon> DaemonForDatabase(string databaseIdentifier) => throw NeverStarted();

    public ValueTask<IReadOnlyList<IProjectionDaemon>> AllDaemonsAsync() => throw NeverStarted();

    public Task PauseAsync() => Task.CompletedTask;

    public Task ResumeAsync() => Task.CompletedTask;

    private static NotSupportedException NeverStarted() => new("The async daemon of this service never started: the test stands for a crash before forwarding.");
}
