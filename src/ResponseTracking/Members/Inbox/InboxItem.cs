using NetworkingPlatform.ResponseTracking.People;

namespace NetworkingPlatform.ResponseTracking.Members.Inbox;

/// <summary>
/// A conversation in an inbox view: who owes or is owed the reply (<see cref="Members"/>, shown as <see cref="DisplayNames"/>),
/// since when, and about what; <see cref="Title"/> is its subject, or the names of the people in it.
/// </summary>
public sealed record InboxItem(
    string ConversationId,
    string Channel,
    IReadOnlyList<string> Members,
    DateTimeOffset Since,
    string MessageId,
    string Kind,
    string Excerpt,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? ReplyDueAt,
    IReadOnlyList<string> DisplayNames,
    string Title)
{
    public static InboxItem From(MemberConversation conversation, OwedReply owed, PeopleNames names) => new(
        conversation.ConversationId, conversation.Channel, owed.Members, owed.Since, owed.MessageId, owed.Kind, owed.Excerpt,
        conversation.LastMessageAt, conversation.ReplyDueAt, names.Of(owed.Members), names.Title(conversation.Subject, conversation.Counterparts, null));
}
