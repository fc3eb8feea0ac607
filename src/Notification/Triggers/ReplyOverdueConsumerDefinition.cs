using MassTransit;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class ReplyOverdueConsumerDefinition : ConsumerDefinition<ReplyOverdueConsumer>
{
    private const int BatchSize = 500;
    private const int ConcurrentBatches = 4;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReplyOverdueConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = BatchSize * ConcurrentBatches;
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(TimeSpan.FromMilliseconds(50))
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
