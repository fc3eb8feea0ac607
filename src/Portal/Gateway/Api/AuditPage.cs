namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, long Total);
