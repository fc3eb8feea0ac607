namespace NetworkingPlatform.Notification.Triggers;

public sealed class ReplyOverdueConsumerDefinition : ConsumerDefinition<ReplyOverdueConsumer>
{
    private const int BatchSize = 500;
    private const int ConcurrentBatches = 4;

    // A burst fills whole batches (one read, one commit per 500) instead of closing one every few dozen messages;
    // a lone nudge waits this long at most, nothing next to a reply that is days overdue.
    private static readonly TimeSpan BatchTimeLimit = TimeSpan.FromMilliseconds(500);

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReplyOverdueConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = BatchSize * ConcurrentBatches;
        consumerConfigurator.Options<BatchOptions>(options => options
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(BatchTimeLimit)
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
