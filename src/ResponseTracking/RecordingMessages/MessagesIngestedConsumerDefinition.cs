namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// Takes ingested messages in batches of bus messages: up to <see cref="BusMessagesPerBatch"/>, or what arrived within
/// <see cref="Gathering"/> of the first. A platform busy with single-message requests then records tens of them per
/// transaction; an import's bus messages, hundreds of messages each, make large batches anyway. Two batches at a time:
/// one is decided while the other commits.
/// </summary>
public sealed class MessagesIngestedConsumerDefinition : ConsumerDefinition<MessagesIngestedConsumer>
{
    public const int BusMessagesPerBatch = 50;
    public const int ConcurrentBatches = 2;
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(10);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessagesIngestedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BusMessagesPerBatch)
            .SetTimeLimit(Gathering)
            .SetConcurrencyLimit(ConcurrentBatches));
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = BusMessagesPerBatch * ConcurrentBatches;
        }
    }
}
