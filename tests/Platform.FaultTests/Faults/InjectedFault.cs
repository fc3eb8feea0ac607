namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// A fault that happened: what to say about it in the table, and how to tell that what it broke serves again (a killed
/// process restarted and healthy); the platform as a whole is watched by <see cref="RecoveryWatch"/>. A fault the
/// platform must work around rather than wait out (a broker node left down) is repaired once the platform is back.
/// </summary>
public sealed record InjectedFault(string Detail, Func<bool> BrokenPartServes)
{
    /// <summary>Undoes the fault after the recovery was measured, before the next round.</summary>
    public Func<Task>? Repair { get; init; }

    public static InjectedFault Over(string detail) => new(detail, () => true);
}
