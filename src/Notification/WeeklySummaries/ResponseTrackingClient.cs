using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>
/// Reads a member's responsiveness and inbox from ResponseTracking's REST API, with a short-lived read-only identity
/// for the tenant and the member, signed like the Gateway's.
/// </summary>
public sealed class ResponseTrackingClient(HttpClient http, IConfiguration configuration, TimeProvider clock, ILogger<ResponseTrackingClient> logger)
{
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);

    /// <summary>The member's figures, or null when ResponseTracking does not answer them now.</summary>
    public async Task<MemberResponsiveness?> Get(string tenantId, string member, CancellationToken cancellationToken)
    {
        var path = $"/api/v1/responses/members/{Uri.EscapeDataString(member)}";
        var responsiveness = await Read<ResponsivenessAnswer>(tenantId, member, $"{path}/responsiveness", cancellationToken);
        var inbox = await Read<InboxAnswer>(tenantId, member, $"{path}/inbox?view=waiting-on-you&pageSize=1", cancellationToken);
        return responsiveness is null || inbox is null
            ? null
            : new MemberResponsiveness(
                responsiveness.ReplyNeedingReceived, responsiveness.Answered, responsiveness.Declined, responsiveness.Ignored,
                responsiveness.ResponseRate, responsiveness.FirstReplyTime?.Median,
                responsiveness.Badge?.En ?? string.Empty, responsiveness.Badge?.Es ?? string.Empty, inbox.Total);
    }

    private async Task<T?> Read<T>(string tenantId, string member, string path, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            PlatformIdentityTokens.IssueForService(signingKey, tenantId, "service:notification", "read", member, clock.GetUtcNow().UtcDateTime));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(cancellationToken) : null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Down, timed out or its circuit open: the summary waits for the next scan.
            logger.LogWarning("ResponseTracking did not answer {Path}: {Error}", path, exception.Message);
            return null;
        }
    }

    private sealed record ResponsivenessAnswer(int ReplyNeedingReceived, int Answered, int Declined, int Ignored, double? ResponseRate,
        ReplyTimes? FirstReplyTime, Badge? Badge);

    private sealed record ReplyTimes(int Count, TimeSpan? Median);

    private sealed record Badge(string En, string Es);

    private sealed record InboxAnswer(int Total);
}
