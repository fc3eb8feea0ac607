using System.Collections.Concurrent;
using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// A bus of the test's own on the run's vhost: it publishes what a service consumes and records what a service
/// publishes, on a queue of its own bound to the given message types.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl bus;
    private readonly ConcurrentQueue<object> received = new();

    private TestBus(IBusControl bus) => this.bus = bus;

    public static async Task<TestBus> Start(string rabbitMqConnectionString, params Type[] recordedTypes)
    {
        var address = RabbitMqAddress.Parse(rabbitMqConnectionString);
        TestBus? testBus = null;
        var control = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            rabbit.ReceiveEndpoint($"test-recorder-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                foreach (var type in recordedTypes)
                {
                    typeof(TestBus).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                        .MakeGenericMethod(type)
                        .Invoke(null, [endpoint, (Action<object>)(message => testBus!.Enqueue(message))]);
                }
            });
        });
        testBus = new TestBus(control);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await control.StartAsync(timeout.Token);
        return testBus;
    }

    /// <summary>A batch is recorded together with each message it carries, so tests can wait for either.</summary>
    private void Enqueue(object message)
    {
        received.Enqueue(message);
        if (message is MessagesIngested batch)
        {
            foreach (var item in batch.Messages)
            {
                received.Enqueue(item);
            }
        }
    }

    public Task Publish<T>(T message) where T : class =>
        bus.Publish(message, CancellationToken.None);

    public IReadOnlyList<T> Received<T>() => [.. received.OfType<T>()];

    /// <summary>Polls what arrived until a message matches, or fails after the timeout.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (received.OfType<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No {typeof(T).Name} matching the condition arrived within {timeout ?? TimeSpan.FromSeconds(30)}.");
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    private static void Record<T>(IRabbitMqReceiveEndpointConfigurator endpoint, Action<object> sink) where T : class =>
        endpoint.Handler<T>(context =>
        {
            sink(context.Message);
            return Task.CompletedTask;
        });
}
