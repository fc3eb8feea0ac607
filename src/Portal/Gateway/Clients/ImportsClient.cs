using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>The member's LinkedIn data export, uploaded and followed (Ingestion's imports).</summary>
public sealed class ImportsClient(PortalGateway gateway)
{
    public Task<GatewayResult<ImportJob>> Start(string member, MultipartFormDataContent upload, CancellationToken cancellationToken) =>
        gateway.Send<ImportJob>(HttpMethod.Post, $"/api/v1/imports?member={Uri.EscapeDataString(member)}", upload, cancellationToken);

    public Task<GatewayResult<ImportJob>> Get(string importId, CancellationToken cancellationToken) =>
        gateway.Get<ImportJob>($"/api/v1/imports/{Uri.EscapeDataString(importId)}", cancellationToken);

    public Task<GatewayResult<ListPage<SkippedRow>>> SkippedRows(string importId, int pageSize, CancellationToken cancellationToken) =>
        gateway.Get<ListPage<SkippedRow>>($"/api/v1/imports/{Uri.EscapeDataString(importId)}/skipped-rows?page=1&pageSize={pageSize}", cancellationToken);

    public Task<GatewayResult<ImportJob>> Cancel(string importId, CancellationToken cancellationToken) =>
        gateway.Send<ImportJob>(HttpMethod.Delete, $"/api/v1/imports/{Uri.EscapeDataString(importId)}", null, cancellationToken);
}
