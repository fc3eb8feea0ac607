using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>Who owes whom a reply, and how responsive the member is (ResponseTracking), and the member's own answers (Ingestion).</summary>
public sealed class ResponsesClient(PortalGateway gateway)
{
    public Task<GatewayResult<Inbox>> Inbox(string member, string view, int page, int pageSize, string? kind = null) =>
        gateway.Get<Inbox>($"{MemberPath(member)}/inbox?view={view}&page={page}&pageSize={pageSize}"
            + (string.IsNullOrEmpty(kind) ? string.Empty : $"&kind={Uri.EscapeDataString(kind)}"));

    public Task<GatewayResult<Responsiveness>> Responsiveness(string member) =>
        gateway.Get<Responsiveness>($"{MemberPath(member)}/responsiveness");

    public Task<GatewayResult<ReplyTimeHistogram>> ReplyTimes(string member) =>
        gateway.Get<ReplyTimeHistogram>($"{MemberPath(member)}/responsiveness/reply-times");

    public Task<GatewayResult<ResponsivenessTrend>> MonthlyTrend(string member) =>
        gateway.Get<ResponsivenessTrend>($"{MemberPath(member)}/responsiveness/trend?interval=month");

    public Task<GatewayResult<TenantResponsiveness>> TenantResponsiveness() =>
        gateway.Get<TenantResponsiveness>("/api/v1/responses/tenant/responsiveness");

    public Task<GatewayResult<ResponsePromise>> Promise(string member) =>
        gateway.Get<ResponsePromise>($"{MemberPath(member)}/promise");

    public Task<GatewayResult<ResponsePromise>> ChangePromise(string member, ResponsePromiseChange change) =>
        gateway.Put<ResponsePromise>($"{MemberPath(member)}/promise", change);

    public Task<GatewayResult<ConversationHistory>> History(string conversationId) =>
        gateway.Get<ConversationHistory>($"/api/v1/conversations/{Uri.EscapeDataString(conversationId)}/history");

    public Task<GatewayResult<JsonElement>> Send(OutgoingMessage message) =>
        gateway.Post<JsonElement>("/api/v1/messages", message);

    private static string MemberPath(string member) => $"/api/v1/responses/members/{Uri.EscapeDataString(member)}";
}
