using System.Collections.Concurrent;
using MassTransit;

namespace NetworkingPlatform.TestServers;

/// <summary>Counts the messages a service under test finished consuming, so a test knows when redeliveries are done.</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> consumed = new();

    public int Consumed<T>() => consumed.GetValueOrDefault(typeof(T));

    public async Task WaitForConsumed<T>(int count, TimeSpan? timeout = null) =>
        await Eventually.Get<object>(() => Task.FromResult<object?>(Consumed<T>() >= count ? new object() : null), timeout,
            $"{count} {typeof(T).Name} consumed");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        consumed.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
