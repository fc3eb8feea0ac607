using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>One fault, injected into the platform while the load runs.</summary>
public abstract class PlatformFault(string name)
{
    public string Name { get; } = name;

    /// <summary>Breaks something and returns once the fault is over: the server back up, or the process killed.</summary>
    public abstract Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken);

    public override string ToString() => Name;
}
