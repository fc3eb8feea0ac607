using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkingPlatform.Contracts;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>"quorum" (the default): every durable queue is replicated over the cluster's nodes. "classic" goes back to queues on one node.</summary>
    public const string QueueTypeSetting = "Messaging:QueueType";
    private const string MassTransitSource = "MassTransit";
    private static readonly TimeSpan BusReadyTimeout = TimeSpan.FromSeconds(30);
    // A broker confirms a publish within milliseconds, and within a second or two on a machine at its limit. Past this, the
    // publish is taken as lost and its page forwarded again; a false alarm costs a repeat that consumers drop.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Publishes an integration event read from committed storage, once the bus is connected, with the event's
    /// own id as the message id so that a republish after a crash carries the same id.
    /// </summary>
    public static async Task PublishCommitted<T>(this IBusControl bus, T integrationEvent, CancellationToken cancellationToken)
        where T : class, IIntegrationEvent
    {
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, BusReadyTimeout);
        // A publish in flight while the broker restarts may never finish: RabbitMQ.Client 7.2 loses its publisher confirm
        // (rabbitmq-dotnet-client#1930), and the fault suite saw every forwarder hang on one in each broker restart. Bounded,
        // the forwarder's page fails and is forwarded again (the event ids are stable, so consumers drop the repeats). The
        // hung publish is cancelled, not only left behind: while it holds its channel, the next publishes wait behind it.
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(PublishTimeout);
        try
        {
            await bus.Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId, bounded.Token)
                .WaitAsync(bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm {typeof(T).Name} {integrationEvent.EventId} within {PublishTimeout.TotalSeconds:N0} s.");
        }
    }

    /// <summary>
    /// MassTransit on RabbitMQ from the <c>rabbitmq</c> connection string (amqp://user:password@host:port/vhost, or a
    /// cluster's nodes comma-separated in place of the host: a lost connection goes to the next node that answers).
    /// Queues are named after the service and the consumer in kebab case, quorum queues unless
    /// <see cref="QueueTypeSetting"/> says classic, retries are bounded, and what still fails lands in the consumer's
    /// <c>_error</c> queue (of the same type), where it can be seen and moved back.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? registerConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is not configured.");
        var broker = RabbitMqAddress.Parse(connectionString);
        var queueType = BrokerQueueTypes.Parse(builder.Configuration[QueueTypeSetting]);
        var servicePrefix = KebabCaseEndpointNameFormatter.Instance.SanitizeName(builder.Environment.ApplicationName);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(MassTransitSource, ForwardingSubscription.MeterName))
            .WithTracing(tracing => tracing.AddSource(MassTransitSource));
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(servicePrefix, false));
            // MassTransit reports usage to its authors' host unless told not to: nothing leaves for a host the operator did not configure.
            bus.DisableUsageTelemetry();
            registerConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => BrokerQueueTypes.Apply(queueType, endpoint));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    if (broker.Nodes.Count > 1)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in broker.Nodes)
                            {
                                cluster.Node(node);
                            }
                        });
                    }
                });
                // MassTransit indents its JSON by default: a third more bytes on the broker for every consumer to read.
                rabbit.ConfigureJsonSerializerOptions(options =>
                {
                    options.WriteIndented = false;
                    return options;
                });
                rabbit.UseMessageRetry(retry => retry.Exponential(6, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        // A service is not ready before its queues and bindings exist: what is published meanwhile would be lost.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
