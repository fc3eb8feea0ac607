using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>
/// Every queue a service's consumers read, and the error and skipped queues beside them, is a quorum queue unless the
/// operator chose classic queues: a broker node, the queue's leader included, can then be lost without losing a message.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BrokerQueueTypeTests(IsolatedInfrastructure infrastructure)
{
    [Theory]
    [InlineData(null, "quorum")]
    [InlineData("classic", "classic")]
    public async Task A_services_queues_and_their_error_and_skipped_queues_have_the_configured_type(string? setting, string expected)
    {
        var service = $"queue-type-{Guid.NewGuid():N}"[..24];
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = service });
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = infrastructure.RabbitMqConnectionString;
        builder.Configuration[MessagingExtensions.QueueTypeSetting] = setting;
        builder.AddPlatformMessaging(bus => bus.AddConsumer<FailingConsumer>());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new FailingProbe(Guid.NewGuid()));
            var queue = await bus.GetSendEndpoint(new Uri($"exchange:{service}-failing"));
            // A message no consumer of the queue takes goes to the skipped queue.
            await queue.Send(new UnexpectedProbe(Guid.NewGuid()));

            var queues = await Eventually.Get(
                async () => await infrastructure.QueueTypes() is var all && all.Keys.Count(name => name.StartsWith(service, StringComparison.Ordinal)) == 3 ? all : null,
                TimeSpan.FromSeconds(60),
                "the consumer's queue, its error queue and its skipped queue");

            Assert.Equal(
                new Dictionary<string, string>
                {
                    [$"{service}-failing"] = expected,
                    [$"{service}-failing_error"] = expected,
                    [$"{service}-failing_skipped"] = expected,
                },
                queues.Where(queue => queue.Key.StartsWith(service, StringComparison.Ordinal)).ToDictionary());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public sealed record FailingProbe(Guid Id);

    public sealed record UnexpectedProbe(Guid Id);

    private sealed class FailingConsumer : IConsumer<FailingProbe>
    {
        public Task Consume(ConsumeContext<FailingProbe> context) => throw new InvalidOperationException("This probe always fails.");
    }
}
