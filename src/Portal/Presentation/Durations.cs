using Microsoft.Extensions.Localization;

namespace NetworkingPlatform.Portal.Presentation;

/// <summary>A duration in the largest unit that fits, in the visitor's language ("3 días", "5 h").</summary>
public static class Durations
{
    public static string Humanize(TimeSpan? duration, IStringLocalizer localizer) => duration switch
    {
        null => localizer["Duration.None"],
        { TotalMinutes: < 1 } => localizer["Duration.Seconds", Math.Max(0, (int)duration.Value.TotalSeconds)],
        { TotalHours: < 1 } => localizer["Duration.Minutes", (int)duration.Value.TotalMinutes],
        { TotalDays: < 2 } => localizer["Duration.Hours", Math.Round(duration.Value.TotalHours, 1)],
        _ => localizer["Duration.Days", Math.Round(duration.Value.TotalDays, 1)],
    };
}
