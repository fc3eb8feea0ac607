namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>The organisation's median member over the last 90 days.</summary>
public sealed record TenantResponsiveness(int Members, double? MedianResponseRate, TimeSpan? MedianFirstReplyTime, TimeSpan? MedianReplyTime);
