using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class IntroductionProposedConsumer(NotificationDispatcher dispatcher, IDocumentStore store) : IConsumer<IntroductionProposed>
{
    public async Task Consume(ConsumeContext<IntroductionProposed> context)
    {
        var proposed = context.Message;
        var names = await PeopleNames.Load(store, proposed.TenantId, [proposed.Counterpart, proposed.RequestedBy], context.CancellationToken);
        await dispatcher.Dispatch(proposed.TenantId, [new Trigger(
            proposed.EventId, proposed.TenantId, NotificationTypes.IntroductionProposed, proposed.Recipient, proposed.OccurredAt,
            NotificationTexts.Both("IntroductionProposed.Title", names.Of(proposed.Counterpart)),
            NotificationTexts.Both("IntroductionProposed.Body", names.Of(proposed.RequestedBy), proposed.ExpiresAt),
            proposed)], context.CancellationToken);
    }
}
