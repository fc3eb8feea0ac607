using MassTransit;

namespace NetworkingPlatform.ServiceDefaults.Messaging;

/// <summary>The queue type every consumer's queue (and its <c>_error</c> and <c>_skipped</c> queues) is declared with.</summary>
public static class BrokerQueueTypes
{
    public const string Quorum = "quorum";
    public const string Classic = "classic";

    public static string Parse(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        null or "" or Quorum => Quorum,
        Classic => Classic,
        _ => throw new InvalidOperationException($"'{MessagingExtensions.QueueTypeSetting}' must be '{Quorum}' or '{Classic}', not '{setting}'."),
    };

    /// <summary>
    /// A quorum queue keeps every message on a majority of the cluster's nodes (on one node, on that node): the broker
    /// can lose a node, the leader of the queue included, without losing a message. Only the consumers' endpoints get here
    /// (every one durable); the bus's own temporary queue stays classic, as RabbitMQ requires of a queue deleted with its consumer.
    /// </summary>
    public static void Apply(string queueType, IReceiveEndpointConfigurator endpoint)
    {
        if (queueType == Quorum && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
    }
}
