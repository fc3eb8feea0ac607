namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// Who a conversation waits on and which messages answered whom, computed from the set of its messages in the
/// order they were sent. A wait on X starts with the oldest unanswered reply-needing message to X and ends with
/// X's next message, whatever it says. Being a function of the set, it does not depend on arrival order.
/// </summary>
public static class ReplyClock
{
    public const string DeclineKind = "decline";

    public static ReplyTimeline Run(IEnumerable<MessageRecorded> messages)
    {
        var waits = new Dictionary<string, OpenWait>(StringComparer.Ordinal);
        var replies = new List<ReplyRecorded>();

        foreach (var message in messages.OrderBy(m => m.SentAt).ThenBy(m => m.MessageId, StringComparer.Ordinal))
        {
            if (waits.Remove(message.From, out var answered))
            {
                replies.Add(new ReplyRecorded(
                    message.ConversationId,
                    message.MessageId,
                    message.From,
                    [.. answered.From.Order(StringComparer.Ordinal)],
                    answered.Opener.SentAt,
                    message.SentAt,
                    message.Kind == DeclineKind,
                    message.IsHistory));
            }

            if (!message.NeedsReply)
            {
                continue;
            }

            foreach (var recipient in message.To.Where(r => r != message.From))
            {
                if (waits.TryGetValue(recipient, out var open))
                {
                    open.From.Add(message.From);
                }
                else
                {
                    waits[recipient] = new OpenWait(message, [message.From]);
                }
            }
        }

        var awaiting = waits
            .Select(w => new AwaitedReply(w.Key, w.Value.Opener.SentAt, [.. w.Value.From.Order(StringComparer.Ordinal)], w.Value.Opener.MessageId))
            .OrderBy(a => a.Since)
            .ThenBy(a => a.Member, StringComparer.Ordinal)
            .ToList();
        return new ReplyTimeline(awaiting, replies);
    }

    private sealed record OpenWait(MessageRecorded Opener, HashSet<string> From);
}

/// <summary>A reply owed by <see cref="Member"/> to <see cref="AwaitedBy"/> since <see cref="Since"/>, when <see cref="MessageId"/> was sent.</summary>
public sealed record AwaitedReply(string Member, DateTimeOffset Since, IReadOnlyList<string> AwaitedBy, string MessageId);

public sealed record ReplyTimeline(IReadOnlyList<AwaitedReply> Awaiting, IReadOnlyList<ReplyRecorded> Replies);
