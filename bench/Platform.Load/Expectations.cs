namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// What the platform must show once it caught up with what it accepted: every message recorded once; for every
/// conversation whose reply-needing opener was answered, one "conversation-answered" notification to the member who
/// asked; and each answering member's count of answered conversations in OpportunityMatching's figures. Messages whose
/// client gave up without an answer may have been taken: a member's count may be higher by the conversations they
/// could have answered that way (<see cref="MaybeAnsweredByMember"/>), never lower.
/// </summary>
public sealed record Expectations(
    IReadOnlyDictionary<string, IReadOnlySet<string>> MessagesByTenant,
    IReadOnlyList<(string Tenant, string ConversationId, string Recipient)> AnsweredNotifications,
    IReadOnlyDictionary<(string Tenant, string Member), int> AnsweredByMember,
    IReadOnlyDictionary<(string Tenant, string Member), int> MaybeAnsweredByMember)
{
    public int Messages => MessagesByTenant.Values.Sum(ids => ids.Count);

    public static Expectations From(IReadOnlyCollection<AcceptedMessage> accepted, IReadOnlyCollection<PlannedMessage>? unsure = null)
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

        return new Expectations(messages, notifications, answeredBy, MaybeAnswered(accepted, unsure ?? []));
    }

    /// <summary>Conversations whose opener and answer were each accepted or given up on, at least one given up on.</summary>
    private static Dictionary<(string, string), int> MaybeAnswered(IReadOnlyCollection<AcceptedMessage> accepted, IReadOnlyCollection<PlannedMessage> unsure)
    {
        var maybe = new Dictionary<(string, string), int>();
        var sent = accepted.Where(m => m.NeedsReply || m.Planned.Role == MessageRole.Answer).Select(m => (Message: m.Planned, Sure: true))
            .Concat(unsure.Select(m => (Message: m, Sure: false)));
        foreach (var conversation in sent.GroupBy(m => (m.Message.Tenant.Id, m.Message.ConversationId)))
        {
            var answer = conversation.FirstOrDefault(m => m.Message.Role == MessageRole.Answer);
            if (conversation.All(m => m.Sure) || answer.Message is null || !conversation.Any(m => m.Message.Role == MessageRole.Opener))
            {
                continue;
            }

            var key = (conversation.Key.Id, answer.Message.From);
            maybe[key] = maybe.GetValueOrDefault(key) + 1;
        }

        return maybe;
    }
}
