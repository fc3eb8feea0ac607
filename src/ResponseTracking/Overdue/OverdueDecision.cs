using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Overdue;

/// <summary>Which replies owed in a conversation passed their owner's promise at <c>now</c> and were not yet noticed.</summary>
public static class OverdueDecision
{
    public static IReadOnlyList<ReplyWentOverdue> Decide(ConversationStatus status, IReadOnlyDictionary<string, ResponsePromise> promises, DateTimeOffset now)
    {
        var overdue = new List<ReplyWentOverdue>();
        foreach (var awaited in status.Awaiting)
        {
            if (!promises.TryGetValue(awaited.Member, out var promise)
                || promise.DeadlineFor(awaited.Since) is not { } deadline
                || deadline > now
                || status.WasNoticedOverdue(awaited.Member, deadline))
            {
                continue;
            }

            var message = status.Find(awaited.MessageId);
            overdue.Add(new ReplyWentOverdue(status.Id, awaited.Member, message?.From ?? awaited.AwaitedBy[0], awaited.MessageId,
                message?.Kind ?? string.Empty, message?.Excerpt ?? string.Empty, awaited.Since, deadline, now, IsHistory(status, awaited)));
        }

        return overdue;
    }

    /// <summary>A wait is history when every reply-needing message the member owes an answer to in it is.</summary>
    private static bool IsHistory(ConversationStatus status, AwaitedReply awaited) =>
        status.Messages
            .Where(m => status.NeedsReply(m) && m.From != awaited.Member && m.To.Contains(awaited.Member) && m.SentAt >= awaited.Since)
            .All(m => m.IsHistory);
}
