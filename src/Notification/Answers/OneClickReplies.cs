using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>Answers the conversation of a nudge on the member's behalf, once: the nudge then shows which answer was sent.</summary>
public sealed class OneClickReplies(IDocumentStore store, IngestionReplies ingestion, TimeProvider clock)
{
    /// <summary>
    /// The nudge an email link answers, the language its recipient reads (what its pages are written in), and the name
    /// of the person the answer goes to.
    /// </summary>
    public async Task<(InAppNotification? Nudge, string Language, string? WaitingName)> Find(string tenantId, string notificationId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(tenantId);
        var nudge = await session.LoadAsync<InAppNotification>(notificationId, cancellationToken);
        var preferences = nudge is null ? null : await session.LoadAsync<MemberPreferences>(nudge.Recipient, cancellationToken);
        var waiting = nudge?.WaitingMember is { } member ? (await session.LoadAsync<Person>(member, cancellationToken))?.DisplayName ?? member : null;
        return (nudge, preferences?.Language ?? MemberPreferences.DefaultLanguage, waiting);
    }

    public async Task<AnswerOutcome> Answer(string tenantId, string notificationId, OneClickAnswer answer, string? actingMember, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(tenantId);
        var nudge = await session.LoadAsync<InAppNotification>(notificationId, cancellationToken);
        if (nudge is not { ConversationId: { } conversationId, WaitingMember: { } waitingMember }
            || (actingMember is not null && actingMember != nudge.Recipient))
        {
            return AnswerOutcome.NotFound;
        }

        if (!nudge.OffersAnswers)
        {
            return AnswerOutcome.AlreadyAnswered;
        }

        var language = (await session.LoadAsync<MemberPreferences>(nudge.Recipient, cancellationToken))?.Language ?? MemberPreferences.DefaultLanguage;
        var now = clock.GetUtcNow();
        var reply = new IngestionReply(
            conversationId, $"one-click-{nudge.SourceEventId:N}-{nudge.Recipient}", nudge.Recipient, [waitingMember], now,
            answer.Reply.In(language), "portal", answer.Kind);
        if (!await ingestion.Post(tenantId, reply, cancellationToken))
        {
            return AnswerOutcome.IngestionUnavailable;
        }

        nudge.AnsweredWith = answer.Name;
        nudge.ReadAt ??= now;
        session.Store(nudge);
        await session.SaveChangesAsync(cancellationToken);
        return AnswerOutcome.Answered;
    }
}
