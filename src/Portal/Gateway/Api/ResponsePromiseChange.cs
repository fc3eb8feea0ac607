namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A change to the member's response promise, the working hours as the member typed them (the service validates them).</summary>
public sealed record ResponsePromiseChange(double? WithinBusinessDays, string TimeZone, string WorkdayStart, string WorkdayEnd);
