namespace NetworkingPlatform.Portal.Presentation;

/// <summary>The unit a duration is shown in.</summary>
public enum DurationUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
}
