namespace NetworkingPlatform.ResponseTracking.Tenant.ComparingResponsiveness;

/// <summary>
/// The tenant's typical member over the last 90 days: the median, across the members who received a reply-needing
/// conversation, of their response rate and of their own first-reply and reply-time medians.
/// </summary>
public sealed record TenantResponsivenessResponse(
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int Members,
    double? MedianResponseRate,
    TimeSpan? MedianFirstReplyTime,
    TimeSpan? MedianReplyTime);
