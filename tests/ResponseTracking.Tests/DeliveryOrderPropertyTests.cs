using CsCheck;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ResponseTracking.Overdue;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>
/// The same messages delivered in any order, with any repeats, leave the conversation in the same state: who waits on
/// whom, the replies and whether they are history, which greetings are read as replies in context, and what goes overdue.
/// Every reply is recorded once, and replaying the recorded events rebuilds that state.
/// </summary>
public class DeliveryOrderPropertyTests
{
    private static readonly string[] Members = ["ana", "luis", "sofia"];
    private static readonly string[] Kinds = ["greeting", "question", "meeting-proposal", "offer", "decline", "thanks", "other"];

    private static readonly Gen<MessageRecorded[]> Conversations =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 200], Gen.Int[0, Kinds.Length - 1], Gen.Bool)
            .Array[1, 10]
            .Select(drafts => drafts
                .Select((draft, index) =>
                {
                    var (from, toOffset, minutes, kind, isHistory) = draft;
                    var to = (from + 1 + toOffset % 2) % Members.Length;
                    return ConversationBuilder.Message($"m{index}", Members[from], Members[to], minutes / 60.0, Kinds[kind]) with { IsHistory = isHistory };
                })
                .ToArray());

    private static readonly Gen<(MessageRecorded[] Messages, MessageRecorded[] Deliveries, int BatchSize)> DeliveriesOfConversations =
        Conversations.SelectMany(messages =>
            Gen.Int[0, messages.Length - 1].Array[0, 6]
                .Select(repeats => messages.Concat(repeats.Select(i => messages[i])).ToArray())
                .SelectMany(Gen.Shuffle)
                .SelectMany(deliveries => Gen.Int[1, 5].Select(batchSize => (messages, deliveries, batchSize))));

    [Fact]
    public void Any_order_and_any_duplicates_give_the_state_of_in_order_delivery()
    {
        DeliveriesOfConversations.Sample(sample =>
        {
            var (inOrder, _, _) = Deliver(sample.Messages, 1);
            var (shuffled, replayed, replies) = Deliver(sample.Deliveries, sample.BatchSize);

            Assert.Equal(Describe(inOrder), Describe(shuffled));
            Assert.Equal(Describe(inOrder), Describe(replayed));
            Assert.Equal(Views(inOrder), Views(shuffled));
            Assert.Equal(replies.Distinct(StringComparer.Ordinal).Count(), replies.Count);
            Assert.Subset(replies.ToHashSet(StringComparer.Ordinal), shuffled.Replies.Select(r => r.ReplyMessageId).ToHashSet(StringComparer.Ordinal));
        }, iter: 2000);
    }

    /// <summary>
    /// Delivers in batches of the given sizes, as the bus does, then replays the recorded events as a rebuild would.
    /// <c>Replies</c>: the reply message of every <see cref="ReplyRecorded"/>, which is announced once each.
    /// </summary>
    private static (ConversationStatus Live, ConversationStatus Replayed, IReadOnlyList<string> Replies) Deliver(IReadOnlyList<MessageRecorded> deliveries, int batchSize)
    {
        var live = new Conversation();
        var recorded = new List<object>();
        foreach (var batch in deliveries.Chunk(batchSize))
        {
            recorded.AddRange(ConversationBuilder.Record(live, batch));
        }

        var replayed = new Conversation();
        replayed.ApplyAll(recorded);
        return (ConversationStatus.Of(live), ConversationStatus.Of(replayed), [.. recorded.OfType<ReplyRecorded>().Select(r => r.ReplyMessageId)]);
    }

    /// <summary>Every participant's inbox side, responsiveness figures and deadline, as stored.</summary>
    private static string Views(ConversationStatus status) => string.Join(" || ", MemberConversations.From(status, Promises)
        .OrderBy(c => c.Member, StringComparer.Ordinal)
        .Select(c => string.Join(" | ", c.Member, c.OwedSince, c.WaitingOnMemberSince, c.WaitingOnMember?.MessageId, c.WaitingOnOthersSince,
            string.Join("+", c.WaitingOnOthers?.Members ?? []), c.ReplyDueAt,
            ResponsivenessFigures.Compute([c.Answers], BusinessHours.Default))));

    private static readonly Dictionary<string, ResponsePromise> Promises = new()
    {
        ["luis"] = new ResponsePromise { Id = "luis", WithinBusinessDays = 1, TimeZone = "America/Mexico_City" },
    };

    private static string Describe(ConversationStatus status) => string.Join(" | ",
        status.State,
        status.Messages.Count,
        status.FirstReplyTime,
        status.LastReplyTime,
        string.Join(",", status.Awaiting.Select(a => $"{a.Member}@{a.Since:O}<-{string.Join("+", a.AwaitedBy)}")),
        string.Join(",", status.Replies.Select(r => $"{r.ReplyMessageId}:{r.By}@{r.WaitingSince:O}->{r.RepliedAt:O}{(r.IsHistory ? ":history" : "")}")),
        string.Join(",", status.ReadAsReplies.Order(StringComparer.Ordinal)),
        string.Join(",", OverdueDecision.Decide(status, Promises, ConversationBuilder.Start.AddDays(30)).Select(o => $"{o.Member}:{o.MessageId}:{o.IsHistory}")),
        string.Join(",", status.Proposals.Select(p => $"{p.MessageId}:{p.By}->{p.To}:{p.Outcome}@{p.ResolvedAt:O}")));
}
