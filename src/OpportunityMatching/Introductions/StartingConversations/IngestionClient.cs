using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.Contracts;

namespace NetworkingPlatform.OpportunityMatching.Introductions.StartingConversations;

/// <summary>
/// Starts a conversation by posting its first message to Ingestion's REST API, found by service discovery, as this
/// service: a short-lived identity for the tenant, signed with the key the Gateway signs with.
/// </summary>
public sealed class IngestionClient(HttpClient http, IConfiguration configuration, TimeProvider clock, ILogger<IngestionClient> logger)
{
    public const string Subject = "service:opportunitymatching";
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);

    public async Task PostFirstMessage(string tenantId, IntroductionConversationStarted started, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages")
        {
            Content = JsonContent.Create(new
            {
                conversationId = started.ConversationId,
                messageId = $"{started.ConversationId}-first",
                from = started.From,
                to = new[] { started.To },
                sentAt = started.At,
                subject = "Introduction",
                body = started.Message,
                kind = MessageKind.Greeting,
                channel = "api",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(tenantId));
        using var response = await http.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode is >= 400 and < 500)
        {
            // Sending it again cannot succeed; stopping the forwarder for it would hold back every other event.
            logger.LogError("Ingestion refused the first message of {Conversation}: {Status} {Body}", started.ConversationId,
                (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            return;
        }

        response.EnsureSuccessStatusCode();
    }

    private string Token(string tenantId) =>
        PlatformIdentityTokens.IssueForService(signingKey, tenantId, Subject, "write", null, clock.GetUtcNow().UtcDateTime);
}
