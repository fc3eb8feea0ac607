using System.Net.Http.Headers;
using System.Text.Json;

namespace NetworkingPlatform.Platform.Load;

/// <summary>The requests the driver sends through the Gateway, built fresh for every attempt (a request is sent once).</summary>
public static class GatewayRequests
{
    public const string ApiKeyHeader = "X-Api-Key";
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");

    public static byte[] MessageBody(PlannedMessage message, DateTimeOffset sentAt) =>
        JsonSerializer.SerializeToUtf8Bytes(ToRequest(message, sentAt), Json);

    public static byte[] BatchBody(IEnumerable<(PlannedMessage Message, DateTimeOffset SentAt)> messages) =>
        JsonSerializer.SerializeToUtf8Bytes(new { messages = messages.Select(m => ToRequest(m.Message, m.SentAt)) }, Json);

    public static HttpRequestMessage Post(string path, byte[] body, string apiKey, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonType;
        request.Headers.Add(ApiKeyHeader, apiKey);
        request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        return request;
    }

    public static HttpRequestMessage Get(string path, string apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ApiKeyHeader, apiKey);
        return request;
    }

    public static string ConversationPath(string conversationId) => $"/api/v1/conversations/{Uri.EscapeDataString(conversationId)}";

    public static string InboxPath(string member) => $"/api/v1/responses/members/{Uri.EscapeDataString(member)}/inbox";

    public static string ResponsivenessPath(string member) => $"/api/v1/responses/members/{Uri.EscapeDataString(member)}/responsiveness";

    private static object ToRequest(PlannedMessage message, DateTimeOffset sentAt) => new
    {
        conversationId = message.ConversationId,
        messageId = message.MessageId,
        from = message.From,
        to = message.To,
        sentAt,
        body = message.Body,
        channel = "linkedin",
    };
}
