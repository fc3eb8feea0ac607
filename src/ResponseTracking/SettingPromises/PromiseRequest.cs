namespace NetworkingPlatform.ResponseTracking.SettingPromises;

/// <summary>"I reply within <see cref="WithinBusinessDays"/> business days", with the working hours and IANA time zone they count in.</summary>
public sealed record PromiseRequest(double? WithinBusinessDays, string? TimeZone, string? WorkdayStart, string? WorkdayEnd);
