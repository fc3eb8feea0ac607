using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>
/// Posts a one-click answer to Ingestion's REST API as the member who answers, with a short-lived service identity
/// signed like the Gateway's. The message id is derived from the nudge, so a second click is a duplicate there.
/// </summary>
public sealed class IngestionReplies(HttpClient http, IConfiguration configuration, TimeProvider clock)
{
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);

    public async Task<bool> Post(string tenantId, IngestionReply reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = JsonContent.Create(reply) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Identity(tenantId, reply.From));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private string Identity(string tenantId, string member) =>
        PlatformIdentityTokens.IssueForService(signingKey, tenantId, "service:notification", "write", member, clock.GetUtcNow().UtcDateTime);
}
