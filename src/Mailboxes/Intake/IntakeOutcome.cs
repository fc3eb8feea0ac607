namespace NetworkingPlatform.Mailboxes.Intake;

/// <summary>
/// What Ingestion made of a batch: taken (new), duplicates (taken before), and refused — messages it would not take,
/// by position, with its reason (an address that is no valid handle, an impossible date).
/// </summary>
public sealed record IntakeOutcome(int Taken, int Duplicates, IReadOnlyDictionary<int, string> Refused);
