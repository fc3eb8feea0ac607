using MassTransit;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class IntroductionProposedConsumer(NotificationDispatcher dispatcher) : IConsumer<IntroductionProposed>
{
    public Task Consume(ConsumeContext<IntroductionProposed> context)
    {
        var proposed = context.Message;
        return dispatcher.Dispatch(proposed.TenantId, [new Trigger(
            proposed.EventId, proposed.TenantId, NotificationTypes.IntroductionProposed, proposed.Recipient, proposed.OccurredAt,
            new($"Presentación propuesta con {proposed.Counterpart}", $"Introduction proposed with {proposed.Counterpart}"),
            new($"{proposed.RequestedBy} pidió la presentación. Acéptala o declínala antes del {proposed.ExpiresAt:yyyy-MM-dd}.",
                $"{proposed.RequestedBy} asked for the introduction. Accept or decline it before {proposed.ExpiresAt:yyyy-MM-dd}."),
            proposed)], context.CancellationToken);
    }
}
