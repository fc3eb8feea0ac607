namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// Replies in batches of up to <see cref="BatchSize"/>, or what arrived within <see cref="Gathering"/> of the first: a
/// member hears of a reply a moment later, and a busy platform pays one transaction per batch.
/// </summary>
public sealed class ConversationAnsweredConsumerDefinition : ConsumerDefinition<ConversationAnsweredConsumer>
{
    public const int BatchSize = 100;
    public const int ConcurrentBatches = 2;
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(50);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ConversationAnsweredConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = BatchSize * ConcurrentBatches;
        consumerConfigurator.Options<BatchOptions>(options => options.SetMessageLimit(BatchSize).SetTimeLimit(Gathering).SetConcurrencyLimit(ConcurrentBatches));
    }
}
