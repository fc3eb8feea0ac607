using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class OpportunityMatchedConsumer(NotificationDispatcher dispatcher, IDocumentStore store) : IConsumer<OpportunityMatched>
{
    public async Task Consume(ConsumeContext<OpportunityMatched> context)
    {
        var matched = context.Message;
        var owner = (await PeopleNames.Load(store, matched.TenantId, [matched.MatchedOwner], context.CancellationToken)).Of(matched.MatchedOwner);
        await dispatcher.Dispatch(matched.TenantId, [new Trigger(
            matched.EventId, matched.TenantId, NotificationTypes.OpportunityMatched, matched.Recipient, matched.OccurredAt,
            NotificationTexts.Both("OpportunityMatched.Title", matched.MatchedOpportunityTitle),
            NotificationTexts.Both("OpportunityMatched.Body", owner, matched.MatchedOpportunityTitle, matched.OpportunityTitle),
            matched)], context.CancellationToken);
    }
}
