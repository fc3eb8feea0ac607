using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Imports;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// An invitation is a conversation of its own: sending it owes the invitee a reply, and accepting it is the invitee's
/// answer. The same invitation seen again (pending, then accepted) adds only the acceptance.
/// </summary>
public sealed class InvitationIngestedConsumer(ConversationRecorder recorder, ImportItemsTable importItems) : IConsumer<InvitationIngested>
{
    public const string AcceptedKind = "invitation-accepted";

    public async Task Consume(ConsumeContext<InvitationIngested> context)
    {
        await recorder.Record(context.Message.TenantId, ToMessages(context.Message), context.CancellationToken);
        await importItems.Add(context.Message.TenantId, ImportItem.Of(context.Message), context.CancellationToken);
    }

    public static IReadOnlyList<MessageRecorded> ToMessages(InvitationIngested invitation)
    {
        var conversation = ConversationIdFor(invitation.InvitationId);
        var sent = new MessageRecorded(conversation, invitation.InvitationId, invitation.From, [invitation.To], invitation.SentAt.ToUniversalTime(),
            MessageKind.Invitation, true, invitation.Channel, null, MessagesIngestedConsumer.Excerpt(invitation.Message ?? string.Empty), invitation.IsHistory);
        return invitation.AcceptedAt is { } acceptedAt
            ? [sent, new MessageRecorded(conversation, $"{invitation.InvitationId}:accepted", invitation.To, [invitation.From], acceptedAt.ToUniversalTime(),
                AcceptedKind, false, invitation.Channel, null, string.Empty, invitation.IsAcceptanceHistory)]
            : [sent];
    }

    public static string ConversationIdFor(string invitationId) => $"invitation:{invitationId}";
}
