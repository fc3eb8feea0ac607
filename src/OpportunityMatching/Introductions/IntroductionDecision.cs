namespace NetworkingPlatform.OpportunityMatching.Introductions;

/// <summary>What an answer to an introduction appends; pure, so the rules are tested without storage.</summary>
public static class IntroductionDecision
{
    public const string DefaultMessage = "Hola, la plataforma nos presentó y ambos aceptamos. ¿Conversamos? / Hi, we were introduced and both accepted. Shall we talk?";

    public static IReadOnlyList<object> Answer(Introduction introduction, string member, bool accept, DateTimeOffset now)
    {
        if (introduction.Status != Introduction.Pending || introduction.AcceptedBy.Contains(member))
        {
            return [];
        }

        if (now >= introduction.ExpiresAt)
        {
            return [new IntroductionExpired(introduction.Id, now)];
        }

        if (!accept)
        {
            return [new IntroductionDeclined(introduction.Id, member, now)];
        }

        var accepted = new IntroductionAccepted(introduction.Id, member, now);
        var other = member == introduction.RequestedBy ? introduction.Counterpart : introduction.RequestedBy;
        return introduction.AcceptedBy.Contains(other)
            ?
            [
                accepted,
                new IntroductionConversationStarted(introduction.Id, $"introduction-{introduction.Id}", introduction.RequestedBy,
                    introduction.Counterpart, string.IsNullOrWhiteSpace(introduction.Message) ? DefaultMessage : introduction.Message, now),
            ]
            : [accepted];
    }

    public static IReadOnlyList<object> Expire(Introduction introduction, DateTimeOffset now) =>
        introduction.Status == Introduction.Pending && now >= introduction.ExpiresAt ? [new IntroductionExpired(introduction.Id, now)] : [];
}
