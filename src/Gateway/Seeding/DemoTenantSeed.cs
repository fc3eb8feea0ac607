namespace NetworkingPlatform.Gateway.Seeding;

/// <summary>The demo tenant as described in <c>seeds/demo-tenant.json</c>; its key's secret comes from configuration, never from the file.</summary>
public sealed record DemoTenantSeed(string TenantId, string Name, DemoApiKeySeed ApiKey, DemoAccountSeed? Account);

/// <summary>The demo tenant's admin account; its password comes from configuration (<c>Demo:Password</c>).</summary>
public sealed record DemoAccountSeed(string Email, string DisplayName, string Member, string Language);

public sealed record DemoApiKeySeed(string Name, IReadOnlyList<string> Scopes);
