namespace NetworkingPlatform.Gateway.Seeding;

/// <summary>The demo tenant as described in <c>seeds/demo-tenant.json</c>; its key's secret comes from configuration, never from the file.</summary>
public sealed record DemoTenantSeed(string TenantId, string Name, DemoApiKeySeed ApiKey);

public sealed record DemoApiKeySeed(string Name, IReadOnlyList<string> Scopes);
