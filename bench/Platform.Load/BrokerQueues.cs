using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace NetworkingPlatform.Platform.Load;

/// <summary>The run's queues as RabbitMQ's management API sees them: what waits in each, and what ended in an error queue.</summary>
public sealed class BrokerQueues(Uri management, string user, string password, string virtualHost) : IDisposable
{
    private readonly HttpClient client = new()
    {
        BaseAddress = management,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
    };

    public async Task<IReadOnlyList<QueueDepth>> Depths(CancellationToken cancellationToken)
    {
        var queues = await client.GetFromJsonAsync<List<QueueInfo>>(
            $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name,messages,consumers,messages_unacknowledged", cancellationToken) ?? [];
        return [.. queues.Select(q => new QueueDepth(q.Name, q.Messages ?? 0, q.Consumers ?? 0, q.MessagesUnacknowledged ?? 0))];
    }

    public void Dispose() => client.Dispose();

    private sealed record QueueInfo(string Name, long? Messages, int? Consumers, [property: JsonPropertyName("messages_unacknowledged")] long? MessagesUnacknowledged);
}
