using System.Collections.Concurrent;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// Asks whether the platform processes again: posts a new message through the Gateway (once, no retry) and polls its
/// conversation until ResponseTracking shows it. Every message it got accepted is judged like the load's.
/// </summary>
public sealed class RecoveryProbe(HttpClient gateway, LoadTenant tenant, string runId)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly ConcurrentQueue<AcceptedMessage> accepted = new();
    private int sent;

    public IReadOnlyCollection<AcceptedMessage> Accepted => [.. accepted];

    /// <summary>True once a message sent now shows in its conversation before <paramref name="deadline"/>.</summary>
    public async Task<bool> Processes(DateTime deadline, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref sent);
        var conversation = $"probe-{runId}-c{number}";
        var message = new PlannedMessage(tenant, conversation, $"{conversation}-m1", tenant.Members[0], [tenant.Members[1]],
            Phrases.Openers[number % Phrases.Openers.Length], MessageRole.Opener);
        var body = GatewayRequests.MessageBody(message, DateTimeOffset.UtcNow);
        if (await Send(GatewayRequests.Post("/api/v1/messages", body, tenant.NextKey(), message.MessageId), cancellationToken) is not { } answer
            || IngestAnswer.TryParse(answer) is not { } ingested)
        {
            return false;
        }

        accepted.Enqueue(new AcceptedMessage(message, ingested.NeedsReply, ingested.Kind));
        while (DateTime.UtcNow < deadline)
        {
            if (await Send(GatewayRequests.Get(GatewayRequests.ConversationPath(conversation), tenant.NextKey()), cancellationToken) is not null)
            {
                return true;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return false;
    }

    /// <summary>The body of a successful answer; null for anything else, a connection error or no answer in time.</summary>
    private async Task<string?> Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bound.CancelAfter(RequestTimeout);
            try
            {
                using var response = await gateway.SendAsync(request, bound.Token);
                return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(bound.Token) : null;
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
