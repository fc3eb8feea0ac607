namespace NetworkingPlatform.Portal.Presentation;

/// <summary>A duration in the largest unit that fits, in the visitor's language ("3 días", "5 h"), or in a unit given.</summary>
public static class Durations
{
    public static string Humanize(TimeSpan? duration, IStringLocalizer localizer) =>
        duration is { } value ? Humanize(value, localizer, UnitFor(value)) : localizer["Duration.None"];

    /// <summary>In the unit given, so that durations compared side by side read alike.</summary>
    public static string Humanize(TimeSpan? duration, IStringLocalizer localizer, DurationUnit unit) => duration switch
    {
        null => localizer["Duration.None"],
        { } value => unit switch
        {
            DurationUnit.Seconds => localizer["Duration.Seconds", Math.Max(0, (int)value.TotalSeconds)],
            DurationUnit.Minutes => localizer["Duration.Minutes", (int)value.TotalMinutes],
            DurationUnit.Hours => localizer["Duration.Hours", Math.Round(value.TotalHours, 1)],
            _ => localizer["Duration.Days", Math.Round(value.TotalDays, 1)],
        },
    };

    /// <summary>The unit of the longest of the durations, which all of them are then shown in.</summary>
    public static DurationUnit UnitFor(params TimeSpan?[] durations) =>
        durations.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(TimeSpan.Zero).Max() switch
        {
            { TotalMinutes: < 1 } => DurationUnit.Seconds,
            { TotalHours: < 1 } => DurationUnit.Minutes,
            { TotalDays: < 2 } => DurationUnit.Hours,
            _ => DurationUnit.Days,
        };
}
