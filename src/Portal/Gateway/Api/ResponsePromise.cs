namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>The member's response promise and working hours (ResponseTracking /responses/members/{member}/promise).</summary>
public sealed record ResponsePromise(double? WithinBusinessDays, string TimeZone, TimeOnly WorkdayStart, TimeOnly WorkdayEnd);
