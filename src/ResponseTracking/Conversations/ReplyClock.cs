namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// Who a conversation waits on and which messages answered whom, computed from the set of its messages in the
/// order they were sent. A wait on X starts with the oldest unanswered reply-needing message to X and ends with
/// X's next message, whatever it says. Being a function of the set, it does not depend on arrival order.
/// A message read in context: a greeting that answers a wait ("Hola Valentina, te cuento que…") is a reply opening
/// with a salutation, not a new greeting, so it asks for nothing in return (<see cref="ReplyTimeline.ReadAsReplies"/>).
/// </summary>
public static class ReplyClock
{
    public static ReplyTimeline Run(IEnumerable<MessageRecorded> messages)
    {
        var waits = new Dictionary<string, OpenWait>(StringComparer.Ordinal);
        var replies = new List<ReplyRecorded>();
        var readAsReplies = new List<string>();

        foreach (var message in messages.OrderBy(m => m.SentAt).ThenBy(m => m.MessageId, StringComparer.Ordinal))
        {
            var answers = false;
            if (waits.Remove(message.From, out var answered))
            {
                answers = true;
                replies.Add(new ReplyRecorded(
                    message.ConversationId,
                    message.MessageId,
                    message.From,
                    [.. answered.From.Order(StringComparer.Ordinal)],
                    answered.Opener.SentAt,
                    message.SentAt,
                    message.Kind == MessageKind.Decline,
                    message.IsHistory));
            }

            if (!message.NeedsReply)
            {
                continue;
            }

            if (answers && message.Kind == MessageKind.Greeting)
            {
                readAsReplies.Add(message.MessageId);
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
        return new ReplyTimeline(awaiting, replies, readAsReplies);
    }

    private sealed record OpenWait(MessageRecorded Opener, HashSet<string> From);
}

/// <summary>A reply owed by <see cref="Member"/> to <see cref="AwaitedBy"/> since <see cref="Since"/>, when <see cref="MessageId"/> was sent.</summary>
public sealed record AwaitedReply(string Member, DateTimeOffset Since, IReadOnlyList<string> AwaitedBy, string MessageId);

/// <param name="ReadAsReplies">Messages classified as greetings that answered a wait: read as replies, they owe nobody an answer.</param>
public sealed record ReplyTimeline(IReadOnlyList<AwaitedReply> Awaiting, IReadOnlyList<ReplyRecorded> Replies, IReadOnlyList<string> ReadAsReplies);
