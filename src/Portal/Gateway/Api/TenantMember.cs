namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>An account of the tenant (Gateway GET /api/v1/tenant/members).</summary>
public sealed record TenantMember(string AccountId, string Email, string DisplayName, string Member, string Role, DateTimeOffset CreatedAt);
