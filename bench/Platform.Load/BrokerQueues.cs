using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// The run's queues as RabbitMQ's management API sees them: what waits in each, and what ended in an error queue. Of a
/// cluster, the first node whose management API answers is asked (every node's sees the whole cluster).
/// </summary>
public sealed class BrokerQueues(IReadOnlyList<Uri> managements, string user, string password, string virtualHost) : IDisposable
{
    private readonly HttpClient client = new()
    {
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
    };

    public async Task<IReadOnlyList<QueueDepth>> Depths(CancellationToken cancellationToken)
    {
        var path = $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name,messages,consumers,messages_unacknowledged";
        for (var node = 0; ; node++)
        {
            try
            {
                var queues = await client.GetFromJsonAsync<List<QueueInfo>>(new Uri(managements[node], path), cancellationToken) ?? [];
                return [.. queues.Select(q => new QueueDepth(q.Name, q.Messages ?? 0, q.Consumers ?? 0, q.MessagesUnacknowledged ?? 0))];
            }
            catch (HttpRequestException) when (node < managements.Count - 1)
            {
                // That node is down: the next one sees the same cluster.
            }
        }
    }

    public void Dispose() => client.Dispose();

    private sealed record QueueInfo(string Name, long? Messages, int? Consumers, [property: JsonPropertyName("messages_unacknowledged")] long? MessagesUnacknowledged);
}
