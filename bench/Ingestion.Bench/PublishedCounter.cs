using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>Counts the messages Ingestion publishes, as a consumer downstream would receive them, keeping none.</summary>
public sealed class PublishedCounter : IAsyncDisposable
{
    private readonly IBusControl bus;
    private long messages;

    private PublishedCounter(IBusControl bus) => this.bus = bus;

    public long Messages => Interlocked.Read(ref messages);

    public static async Task<PublishedCounter> Start(string rabbitMqConnectionString)
    {
        var address = RabbitMqAddress.Parse(rabbitMqConnectionString);
        PublishedCounter? counter = null;
        var control = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
            {
                host.Username(address.Username);
                host.Password(address.Password);
            });
            rabbit.ReceiveEndpoint($"bench-counter-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.PrefetchCount = 64;
                endpoint.Handler<MessagesIngested>(context =>
                {
                    Interlocked.Add(ref counter!.messages, context.Message.Messages.Count);
                    return Task.CompletedTask;
                });
            });
        });
        counter = new PublishedCounter(control);
        await control.StartAsync();
        return counter;
    }

    public async Task WaitFor(long total, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Messages < total)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {Messages} of {total} messages were published within {timeout}.");
            }

            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
