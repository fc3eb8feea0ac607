using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>What one fault under load came to: the table's row, and everything that makes it a failure.</summary>
public sealed record FaultOutcome(string Fault, string Detail, long Sent, Ledger Ledger, LoadVerdict Verdict, TimeSpan? Recovery, TimeSpan? CaughtUp)
{
    public static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(30);

    /// <summary>Sent by a careful client and never accepted, or accepted and never recorded.</summary>
    public long Lost => Sent - Verdict.Accepted + Verdict.Lost;

    /// <summary>Recorded more than once, or a first send answered as a duplicate of something never sent.</summary>
    public long Duplicated => Verdict.Duplicated + Ledger.ReportedDuplicates;

    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            void Check(long count, string what)
            {
                if (count > 0)
                {
                    problems.Add($"{count:N0} {what}");
                }
            }

            Check(Sent - Verdict.Accepted, $"messages sent carefully and never accepted ({Ledger.GaveUp:N0} requests given up, {Ledger.Refused:N0} refused, {Ledger.UnreadableAnswers:N0} answered without an answer)");
            Check(Verdict.Lost, "accepted messages never recorded");
            Check(Duplicated, "messages recorded or taken more than once");
            Check(Ledger.ReplayMismatches, "retries with the same Idempotency-Key answered differently");
            Check(Verdict.NotificationsMissing, "'conversation-answered' notifications missing");
            Check(Verdict.NotificationsDoubled, "'conversation-answered' notifications sent more than once");
            Check(Verdict.MatchingWrong, "members with a wrong answered count in OpportunityMatching");
            Check(Verdict.ErrorQueueMessages, "messages in _error queues");
            Check(Verdict.DeadLetterEvents, "events set aside as dead letters");
            if (CaughtUp is null)
            {
                problems.Add("the platform did not catch up with what it accepted");
            }

            if (Recovery is not { } recovery || recovery > RecoveryBound)
            {
                problems.Add($"not back and processing within {RecoveryBound.TotalSeconds:N0} s of the fault ({Seconds(Recovery)})");
            }

            return problems;
        }
    }

    public static string Seconds(TimeSpan? elapsed) => elapsed is { } value ? $"{value.TotalSeconds:F1} s" : "never";
}
