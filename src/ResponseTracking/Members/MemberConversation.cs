using Marten.Metadata;

namespace NetworkingPlatform.ResponseTracking.Members;

/// <summary>
/// One member's side of one conversation, derived from the conversation's whole message set every time it changes:
/// what feeds the member's inbox, responsiveness figures and overdue deadlines.
/// </summary>
public sealed class MemberConversation : ITenanted
{
    public string Id { get; set; } = string.Empty;
    public string? TenantId { get; set; }
    public string Member { get; set; } = string.Empty;
    public string ConversationId { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public List<string> Counterparts { get; set; } = [];

    /// <summary>The conversation's subject, when one of its messages had one: what its title shows.</summary>
    public string? Subject { get; set; }
    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>When the first reply-needing message to the member was sent; null when nothing was ever owed.</summary>
    public DateTimeOffset? OwedSince { get; set; }

    /// <summary>Each exchange the member answered, in the order they answered.</summary>
    public List<AnsweredWait> Answers { get; set; } = [];

    /// <summary>
    /// How long each answer in <see cref="Answers"/> took, in calendar time and in the member's business hours as they
    /// were when this was written (changing them rewrites it): what the responsiveness figures aggregate in SQL.
    /// </summary>
    public List<ReplyTicks> ReplyTimes { get; set; } = [];

    public OwedReply? WaitingOnMember { get; set; }
    public DateTimeOffset? WaitingOnMemberSince { get; set; }
    public OwedReply? WaitingOnOthers { get; set; }
    public DateTimeOffset? WaitingOnOthersSince { get; set; }

    /// <summary>When the reply the member owes passes their promise; null when nothing is owed, without a promise, or once noticed.</summary>
    public DateTimeOffset? ReplyDueAt { get; set; }

    public static string IdFor(string member, string conversationId) => $"{member}/{conversationId}";
}

public sealed record AnsweredWait(DateTimeOffset WaitingSince, DateTimeOffset RepliedAt, bool IsDecline);

/// <summary>A reply time in ticks, in calendar time and in business time.</summary>
public sealed record ReplyTicks(long Calendar, long Business);

/// <summary>A reply owed in a conversation: by or to whom, since when, and about which message.</summary>
public sealed record OwedReply(IReadOnlyList<string> Members, DateTimeOffset Since, string MessageId, string Kind, string Excerpt);
