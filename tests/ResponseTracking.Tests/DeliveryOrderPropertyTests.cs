using CsCheck;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>The same messages delivered in any order, with any repeats, leave the conversation in the same state.</summary>
public class DeliveryOrderPropertyTests
{
    private static readonly string[] Members = ["ana", "luis", "sofia"];
    private static readonly string[] Kinds = ["greeting", "question", "meeting-proposal", "offer", "decline", "thanks", "other"];

    private static readonly Gen<MessageRecorded[]> Conversations =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 200], Gen.Int[0, Kinds.Length - 1])
            .Array[1, 10]
            .Select(drafts => drafts
                .Select((draft, index) =>
                {
                    var (from, toOffset, minutes, kind) = draft;
                    var to = (from + 1 + toOffset % 2) % Members.Length;
                    return ConversationBuilder.Message($"m{index}", Members[from], Members[to], minutes / 60.0, Kinds[kind]);
                })
                .ToArray());

    private static readonly Gen<(MessageRecorded[] Messages, MessageRecorded[] Deliveries)> DeliveriesOfConversations =
        Conversations.SelectMany(messages =>
            Gen.Int[0, messages.Length - 1].Array[0, 6]
                .Select(repeats => messages.Concat(repeats.Select(i => messages[i])).ToArray())
                .SelectMany(Gen.Shuffle)
                .Select(deliveries => (messages, deliveries)));

    [Fact]
    public void Any_order_and_any_duplicates_give_the_state_of_in_order_delivery()
    {
        DeliveriesOfConversations.Sample(sample =>
        {
            var inOrder = Deliver(sample.Messages);
            var shuffled = Deliver(sample.Deliveries);

            Assert.Equal(Describe(inOrder), Describe(shuffled));
        }, iter: 2000);
    }

    private static ConversationStatus Deliver(IEnumerable<MessageRecorded> deliveries)
    {
        ConversationStatus? status = null;
        foreach (var message in deliveries)
        {
            foreach (var recorded in RecordMessageDecision.Decide(status, message).OfType<MessageRecorded>())
            {
                status ??= new ConversationStatus();
                status.Apply(recorded);
            }
        }

        return status!;
    }

    private static string Describe(ConversationStatus status) => string.Join(" | ",
        status.State,
        status.Messages.Count,
        status.FirstReplyTime,
        status.LastReplyTime,
        string.Join(",", status.Awaiting.Select(a => $"{a.Member}@{a.Since:O}<-{string.Join("+", a.AwaitedBy)}")),
        string.Join(",", status.Replies.Select(r => $"{r.ReplyMessageId}:{r.By}@{r.WaitingSince:O}->{r.RepliedAt:O}")));
}
