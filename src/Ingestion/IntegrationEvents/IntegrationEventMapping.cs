using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Profiles;

namespace NetworkingPlatform.Ingestion.IntegrationEvents;

public static class IntegrationEventMapping
{
    /// <summary>Bus messages stay well under RabbitMQ's frame and MassTransit's comfort while carrying many rows each.</summary>
    public const int MessagesPerBusMessage = 500;

    /// <summary>
    /// The messages of one tenant's committed events, in bus messages of up to <see cref="MessagesPerBusMessage"/>. A
    /// bus message's id comes from the first event it carries, so publishing the same page again repeats it.
    /// </summary>
    public static IEnumerable<MessagesIngested> ToMessagesIngested(IReadOnlyList<IEvent<MessagesAccepted>> stored) =>
        stored.SelectMany(e => e.Data.Messages.Select((message, index) => (Event: e, Index: index, Message: message)))
            .Chunk(MessagesPerBusMessage)
            .Select(chunk => new MessagesIngested(
                StableEventId.Of($"{chunk[0].Event.Id}:{chunk[0].Index}"),
                chunk[0].Event.TenantId,
                chunk[0].Event.Timestamp,
                [.. chunk.Select(item => ToMessageIngested(item.Event, item.Message, item.Event.Data.ImportId))]));

    public static IEnumerable<InvitationIngested> ToInvitationsIngested(IEvent stored, InvitationsTaken taken) =>
        taken.Invitations.Select(i => new InvitationIngested(
            StableEventId.Of($"{stored.TenantId}:invitation:{i.InvitationId}:{i.AcceptedAt:O}"),
            stored.TenantId,
            stored.Timestamp,
            i.InvitationId,
            i.From,
            i.To,
            i.SentAt,
            i.Message,
            i.Channel,
            i.AcceptedAt,
            i.IsHistory,
            i.IsAcceptanceHistory,
            taken.ImportId));

    public static MemberProfileIngested ToMemberProfileIngested(IEvent stored, MemberProfileTaken profile) =>
        new(stored.Id, stored.TenantId, stored.Timestamp, profile.Member, profile.FirstName, profile.LastName, profile.Headline,
            profile.Summary, profile.Industry, profile.Location, profile.Languages, profile.Positions, profile.Skills);

    public static ImportCompleted ToImportCompleted(IEvent stored, ImportFinished finished) =>
        new(stored.Id, stored.TenantId, stored.Timestamp, finished.ImportId, finished.Member, finished.Succeeded,
            finished.RowsRead, finished.RowsImported, finished.RowsSkipped, finished.Failure, finished.TrackedItems, finished.Conversations);

    private static MessageIngested ToMessageIngested(IEvent stored, MessageAccepted message, string? importId) => new(
        StableEventId.Of($"{stored.TenantId}:message:{message.MessageId}"),
        stored.TenantId,
        stored.Timestamp,
        message.ConversationId,
        message.MessageId,
        message.From,
        message.To,
        message.SentAt,
        message.Subject,
        message.Body,
        message.Kind,
        message.NeedsReply,
        message.Channel,
        message.InReplyTo,
        message.IsHistory,
        importId);
}
