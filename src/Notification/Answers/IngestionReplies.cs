using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>
/// Posts a one-click answer to Ingestion's REST API as the member who answers, with a short-lived service identity
/// signed like the Gateway's. The message id is derived from the nudge, so a second click is a duplicate there.
/// </summary>
public sealed class IngestionReplies(HttpClient http, IConfiguration configuration, TimeProvider clock)
{
    private readonly SigningCredentials credentials = new(GatewayIdentityExtensions.SigningKey(configuration), SecurityAlgorithms.HmacSha256);

    public async Task<bool> Post(string tenantId, IngestionReply reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = JsonContent.Create(reply) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Identity(tenantId, reply.From));
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private string Identity(string tenantId, string member)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformIdentity.Issuer,
            Audience = PlatformIdentity.Audience,
            Claims = new Dictionary<string, object>
            {
                [PlatformIdentity.TenantClaim] = tenantId,
                [PlatformIdentity.SubjectClaim] = "service:notification",
                [PlatformIdentity.ScopeClaim] = "write",
                [PlatformIdentity.MemberClaim] = member,
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + PlatformIdentity.Lifetime,
            SigningCredentials = credentials,
        });
    }
}
