namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// What the platform must show once it caught up with what it accepted: every message recorded once; for every
/// conversation whose reply-needing opener was answered, one "conversation-answered" notification to the member who
/// asked; and each answering member's count of answered conversations in OpportunityMatching's figures.
/// </summary>
public sealed record Expectations(
    IReadOnlyDictionary<string, IReadOnlySet<string>> MessagesByTenant,
    IReadOnlyList<(string Tenant, string ConversationId, string Recipient)> AnsweredNotifications,
    IReadOnlyDictionary<(string Tenant, string Member), int> AnsweredByMember)
{
    public int Messages => MessagesByTenant.Values.Sum(ids => ids.Count);

    public static Expectations From(IReadOnlyCollection<AcceptedMessage> accepted)
    {
        var messages = accepted.GroupBy(m => m.TenantId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(m => m.Planned.MessageId).ToHashSet(StringComparer.Ordinal));
        var notifications = new List<(string, string, string)>();
        var answeredBy = new Dictionary<(string, string), int>();
        foreach (var conversation in accepted.GroupBy(m => (m.TenantId, m.Planned.ConversationId)))
        {
            var opener = conversation.FirstOrDefault(m => m.Planned.Role == MessageRole.Opener);
            var answer = conversation.FirstOrDefault(m => m.Planned.Role == MessageRole.Answer);
            if (opener is null || answer is null || !opener.NeedsReply)
            {
                continue;
            }

            notifications.Add((conversation.Key.TenantId, conversation.Key.ConversationId, opener.Planned.From));
            var key = (conversation.Key.TenantId, answer.Planned.From);
            answeredBy[key] = answeredBy.GetValueOrDefault(key) + 1;
        }

        return new Expectations(messages, notifications, answeredBy);
    }
}
