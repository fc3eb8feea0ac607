namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// A fault that happened: what to say about it in the table, and how to tell that what it broke serves again (a killed
/// process restarted and healthy); the platform as a whole is watched by <see cref="RecoveryWatch"/>.
/// </summary>
public sealed record InjectedFault(string Detail, Func<bool> BrokenPartServes)
{
    public static InjectedFault Over(string detail) => new(detail, () => true);
}
