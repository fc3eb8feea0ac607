using MassTransit;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class OpportunityMatchedConsumer(NotificationDispatcher dispatcher) : IConsumer<OpportunityMatched>
{
    public Task Consume(ConsumeContext<OpportunityMatched> context)
    {
        var matched = context.Message;
        return dispatcher.Dispatch(matched.TenantId, [new Trigger(
            matched.EventId, matched.TenantId, NotificationTypes.OpportunityMatched, matched.Recipient, matched.OccurredAt,
            new($"Nueva coincidencia: {matched.MatchedOpportunityTitle}", $"New match: {matched.MatchedOpportunityTitle}"),
            new($"«{matched.MatchedOpportunityTitle}» de {matched.MatchedOwner} encaja con tu «{matched.OpportunityTitle}».",
                $"{matched.MatchedOwner}'s “{matched.MatchedOpportunityTitle}” fits your “{matched.OpportunityTitle}”."),
            matched)], context.CancellationToken);
    }
}
