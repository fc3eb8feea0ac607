namespace NetworkingPlatform.Ingestion.History;

/// <summary>
/// Whether something taken in is history or live. History — an import, a backfill the caller declares, a mailbox's first
/// sync, or anything sent longer ago than <see cref="HistoryOptions.FreshFor"/> when it arrives — is recorded like live
/// data but never sets off nudges, notifications, emails or webhooks. Decided once, where it arrives, and carried with
/// it (<c>IsHistory</c> on the integration events), so every service downstream follows the same decision.
/// </summary>
public sealed class HistoryRule(TimeProvider clock, IOptions<HistoryOptions> options)
{
    /// <summary>The rule as it stands now, for everything one request or one import chunk takes in.</summary>
    public HistoryCutoff Now(bool declaredHistory = false) => new(clock.GetUtcNow() - options.Value.FreshFor, declaredHistory);
}

/// <param name="FreshFrom">What was sent before this is history.</param>
/// <param name="DeclaredHistory">Everything is history: an import, or a batch the caller declared a backfill.</param>
public readonly record struct HistoryCutoff(DateTimeOffset FreshFrom, bool DeclaredHistory)
{
    public bool IsHistory(DateTimeOffset sentAt) => DeclaredHistory || sentAt < FreshFrom;
}
