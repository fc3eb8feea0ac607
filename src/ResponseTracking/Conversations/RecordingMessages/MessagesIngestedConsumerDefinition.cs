using MassTransit;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

/// <summary>
/// A few batches at a time: one is decided while another commits, which keeps both the service and PostgreSQL busy.
/// More only queue up on the same two cores and, sharing conversations more often, wait on each other.
/// </summary>
public sealed class MessagesIngestedConsumerDefinition : ConsumerDefinition<MessagesIngestedConsumer>
{
    public const int ConcurrentBatches = 4;

    public MessagesIngestedConsumerDefinition() => ConcurrentMessageLimit = ConcurrentBatches;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MessagesIngestedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = ConcurrentBatches * 2;
        }
    }
}
