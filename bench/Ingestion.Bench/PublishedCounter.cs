using System.Text.Json;
using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ServiceDefaults.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>
/// Counts the messages Ingestion publishes as they arrive on a queue bound to the <see cref="MessagesIngested"/>
/// exchange. It counts the elements of each batch's <c>messages</c> array with a forward-only reader instead of
/// deserialising every message: the benchmark measures Ingestion, not a consumer sharing its two cores.
/// </summary>
public sealed class PublishedCounter : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private long messages;
    private long lastCountedAt;

    private PublishedCounter(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    public long Messages => Interlocked.Read(ref messages);

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp of the last message counted.</summary>
    public long LastCountedAt => Interlocked.Read(ref lastCountedAt);

    public static async Task<PublishedCounter> Start(string rabbitMqConnectionString)
    {
        var address = RabbitMqAddress.Parse(rabbitMqConnectionString);
        var factory = new ConnectionFactory
        {
            HostName = address.Host,
            Port = address.Port,
            VirtualHost = address.VirtualHost,
            UserName = address.Username,
            Password = address.Password,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        // Declared as MassTransit declares a message type's exchange, so whichever comes first, both agree.
        var exchange = MessageUrn.ForTypeString<MessagesIngested>()["urn:message:".Length..];
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync($"bench-counter-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: string.Empty);

        var counter = new PublishedCounter(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            Interlocked.Add(ref counter.messages, CountMessages(delivery.Body.Span));
            Interlocked.Exchange(ref counter.lastCountedAt, System.Diagnostics.Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
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

    public async ValueTask DisposeAsync()
    {
        await channel.CloseAsync();
        await connection.CloseAsync();
        channel.Dispose();
        connection.Dispose();
    }

    /// <summary>The envelope is <c>{ ..., "message": { ..., "messages": [ {...}, ... ] } }</c>.</summary>
    private static int CountMessages(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var count = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2 && reader.ValueTextEquals("messages"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    count++;
                    reader.Skip();
                }

                return count;
            }
        }

        throw new InvalidDataException("A MessagesIngested envelope without a messages array.");
    }
}
