namespace NetworkingPlatform.Contracts.ResponseTracking;

/// <summary>
/// A member replied to a conversation that was waiting on them. <see cref="AnsweredFor"/> are the members whose
/// reply-needing messages this reply answered; a decline ("No, thanks") answers too. <see cref="IsHistory"/>: the reply
/// was taken in as history (imported, backfilled, or old when it arrived): a fact to record, not news to announce.
/// </summary>
public sealed record ConversationAnswered(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string ConversationId,
    string ReplyMessageId,
    string AnsweredBy,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset AnsweredAt,
    TimeSpan ReplyTime,
    bool IsDecline,
    bool IsHistory = false) : IIntegrationEvent;
