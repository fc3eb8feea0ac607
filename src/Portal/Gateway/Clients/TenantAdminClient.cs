using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>What a tenant's administrator manages: members, invitations, API keys, webhooks and the audit log.</summary>
public sealed class TenantAdminClient(PortalGateway gateway)
{
    public Task<GatewayResult<ListPage<TenantMember>>> Members(int page, int pageSize) =>
        gateway.Get<ListPage<TenantMember>>($"/api/v1/tenant/members?page={page}&pageSize={pageSize}");

    public Task<GatewayResult<NoContent>> RemoveMember(string accountId) =>
        gateway.Delete($"/api/v1/tenant/members/{Uri.EscapeDataString(accountId)}");

    public Task<GatewayResult<ListPage<Invitation>>> Invitations(int pageSize) =>
        gateway.Get<ListPage<Invitation>>($"/api/v1/tenant/invitations?page=1&pageSize={pageSize}");

    public Task<GatewayResult<Invitation>> Invite(InvitationRequest invitation) =>
        gateway.Post<Invitation>("/api/v1/tenant/invitations", invitation);

    public Task<GatewayResult<ListPage<ApiKey>>> ApiKeys(int pageSize) =>
        gateway.Get<ListPage<ApiKey>>($"/api/v1/tenant/api-keys?page=1&pageSize={pageSize}");

    public Task<GatewayResult<ApiKey>> CreateApiKey(ApiKeyRequest key) =>
        gateway.Post<ApiKey>("/api/v1/tenant/api-keys", key);

    public Task<GatewayResult<NoContent>> RevokeApiKey(string keyId) =>
        gateway.Delete($"/api/v1/tenant/api-keys/{Uri.EscapeDataString(keyId)}");

    public Task<GatewayResult<ListPage<Webhook>>> Webhooks(int pageSize) =>
        gateway.Get<ListPage<Webhook>>($"/api/v1/webhooks?page=1&pageSize={pageSize}");

    public Task<GatewayResult<Webhook>> Subscribe(WebhookRequest webhook) =>
        gateway.Post<Webhook>("/api/v1/webhooks", webhook);

    public Task<GatewayResult<NoContent>> Unsubscribe(Guid webhookId) =>
        gateway.Delete($"/api/v1/webhooks/{webhookId}");

    public Task<GatewayResult<ListPage<WebhookDelivery>>> Deliveries(Guid webhookId, int pageSize) =>
        gateway.Get<ListPage<WebhookDelivery>>($"/api/v1/webhooks/{webhookId}/deliveries?page=1&pageSize={pageSize}");

    public Task<GatewayResult<ListPage<AuditEntry>>> Audit(int page, int pageSize) =>
        gateway.Get<ListPage<AuditEntry>>($"/api/v1/tenant/audit?page={page}&pageSize={pageSize}");
}
