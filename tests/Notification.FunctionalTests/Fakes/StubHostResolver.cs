using System.Collections.Concurrent;
using System.Net;
using NetworkingPlatform.Notification.Webhooks.Targets;

namespace NetworkingPlatform.Notification.FunctionalTests.Fakes;

/// <summary>Answers webhook host names as the test says, and refuses the rest: no test ever asks DNS.</summary>
public sealed class StubHostResolver : IWebhookHostResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> answers = new(StringComparer.OrdinalIgnoreCase);

    public void Answer(string host, params string[] addresses) => answers[host] = [.. addresses.Select(IPAddress.Parse)];

    public Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) =>
        Task.FromResult(answers.TryGetValue(host, out var addresses) ? addresses : []);
}
