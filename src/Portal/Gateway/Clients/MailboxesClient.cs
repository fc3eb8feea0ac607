using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>The member's connected mailboxes (Mailboxes).</summary>
public sealed class MailboxesClient(PortalGateway gateway)
{
    public Task<GatewayResult<ListPage<ConnectedMailbox>>> List(int pageSize, CancellationToken cancellationToken) =>
        gateway.Get<ListPage<ConnectedMailbox>>($"/api/v1/mailboxes?page=1&pageSize={pageSize}", cancellationToken);

    public Task<GatewayResult<ConnectedMailbox>> Connect(MailboxConnection connection, CancellationToken cancellationToken) =>
        gateway.Post<ConnectedMailbox>("/api/v1/mailboxes", connection, cancellationToken);

    public Task<GatewayResult<NoContent>> Disconnect(string mailboxId, CancellationToken cancellationToken) =>
        gateway.Delete($"/api/v1/mailboxes/{Uri.EscapeDataString(mailboxId)}", cancellationToken);
}
