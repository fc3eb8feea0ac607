namespace NetworkingPlatform.ResponseTracking.Members.Inbox;

/// <summary>A conversation in an inbox view: who owes or is owed the reply, since when, and about what.</summary>
public sealed record InboxItem(
    string ConversationId,
    string Channel,
    IReadOnlyList<string> Members,
    DateTimeOffset Since,
    string MessageId,
    string Kind,
    string Excerpt,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? ReplyDueAt)
{
    public static InboxItem From(MemberConversation conversation, OwedReply owed) => new(
        conversation.ConversationId, conversation.Channel, owed.Members, owed.Since, owed.MessageId, owed.Kind, owed.Excerpt,
        conversation.LastMessageAt, conversation.ReplyDueAt);
}
