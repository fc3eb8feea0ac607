using JasperFx.Events;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Profiles;
using UUIDNext;

namespace NetworkingPlatform.Ingestion.IntegrationEvents;

public static class IntegrationEventMapping
{
    /// <summary>Bus messages stay well under RabbitMQ's frame and MassTransit's comfort while carrying many rows each.</summary>
    public const int MessagesPerBusMessage = 500;

    private static readonly Guid Namespace = new("6f1f5d3e-8f0b-4a57-9a43-3b1d8f0c2e71");

    public static IEnumerable<MessagesIngested> ToMessagesIngested(IEvent stored, MessagesAccepted accepted) =>
        accepted.Messages.Chunk(MessagesPerBusMessage).Select((chunk, index) => new MessagesIngested(
            Uuid.NewNameBased(Namespace, $"{stored.Id}:{index}"),
            stored.TenantId,
            stored.Timestamp,
            [.. chunk.Select(m => ToMessageIngested(stored, m, accepted.ImportId))]));

    public static IEnumerable<InvitationIngested> ToInvitationsIngested(IEvent stored, InvitationsTaken taken) =>
        taken.Invitations.Select(i => new InvitationIngested(
            Uuid.NewNameBased(Namespace, $"{stored.TenantId}:invitation:{i.InvitationId}:{i.AcceptedAt:O}"),
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
        Uuid.NewNameBased(Namespace, $"{stored.TenantId}:message:{message.MessageId}"),
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
