using System.Diagnostics;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Waits until the platform caught up with what it accepted (recorded, notified, matching figures updated, queues
/// empty), then judges it against the <see cref="Expectations"/>.
/// </summary>
public sealed class PlatformJudge(PlatformRecords records, BrokerQueues queues)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private const int Examples = 10;

    /// <summary>How long after it is called the platform showed everything expected; null if it did not within the timeout.</summary>
    public async Task<TimeSpan?> WaitUntilCaughtUp(Expectations expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var tenants = expected.MessagesByTenant.Keys.ToArray();
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (await records.RecordedMessages(tenants, cancellationToken) >= expected.Messages
                && await records.AnsweredNotifications(tenants, cancellationToken) >= expected.AnsweredNotifications.Count
                && (await queues.Depths(cancellationToken)).Where(q => !q.IsErrorQueue).All(q => q.Messages == 0)
                && await MatchingCaughtUp(expected, cancellationToken))
            {
                return Stopwatch.GetElapsedTime(started);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return null;
    }

    public async Task<LoadVerdict> Judge(Expectations expected, CancellationToken cancellationToken)
    {
        var tenants = expected.MessagesByTenant.Keys.ToArray();
        var examples = new List<string>();
        var recorded = await records.RecordedCounts(tenants, cancellationToken);
        long once = 0, lost = 0, duplicated = 0;
        foreach (var (tenant, ids) in expected.MessagesByTenant)
        {
            foreach (var id in ids)
            {
                switch (recorded.GetValueOrDefault((tenant, id)))
                {
                    case 0:
                        lost++;
                        Example(examples, $"lost: {tenant}/{id}");
                        break;
                    case 1:
                        once++;
                        break;
                    case var times:
                        duplicated++;
                        Example(examples, $"recorded {times} times: {tenant}/{id}");
                        break;
                }
            }
        }

        var notified = await records.AnsweredNotificationCounts(tenants, cancellationToken);
        long missing = 0, doubled = 0;
        foreach (var expectedNotification in expected.AnsweredNotifications)
        {
            switch (notified.GetValueOrDefault(expectedNotification))
            {
                case 0:
                    missing++;
                    Example(examples, $"not notified: {expectedNotification}");
                    break;
                case > 1:
                    doubled++;
                    Example(examples, $"notified more than once: {expectedNotification}");
                    break;
            }
        }

        var matching = await records.MatchingAnsweredCounts(tenants, cancellationToken);
        var wrong = expected.AnsweredByMember.Count(member =>
        {
            var held = matching.GetValueOrDefault(member.Key);
            var maybe = expected.MaybeAnsweredByMember.GetValueOrDefault(member.Key);
            if (held >= member.Value && held <= member.Value + maybe)
            {
                return false;
            }

            Example(examples, $"matching holds {held} answered for {member.Key}, expected {member.Value}" + (maybe > 0 ? $" to {member.Value + maybe}" : ""));
            return true;
        });

        var inErrorQueues = (await queues.Depths(cancellationToken)).Where(q => q.IsErrorQueue).Sum(q => q.Messages);
        var deadLetters = await records.DeadLetterEvents(cancellationToken);
        return new LoadVerdict(expected.Messages, once, lost, duplicated, expected.AnsweredNotifications.Count, missing, doubled,
            expected.AnsweredByMember.Count, wrong, inErrorQueues, deadLetters, examples);
    }

    private async Task<bool> MatchingCaughtUp(Expectations expected, CancellationToken cancellationToken)
    {
        var matching = await records.MatchingAnsweredCounts([.. expected.MessagesByTenant.Keys], cancellationToken);
        return expected.AnsweredByMember.All(member => matching.GetValueOrDefault(member.Key) >= member.Value);
    }

    private static void Example(List<string> examples, string example)
    {
        if (examples.Count < Examples)
        {
            examples.Add(example);
        }
    }
}
