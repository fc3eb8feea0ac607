namespace NetworkingPlatform.Notification.Preferences;

/// <summary>A daily window in the member's local time when nothing interrupts them; it may wrap past midnight.</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly local) => Start <= End
        ? local >= Start && local < End
        : local >= Start || local < End;
}
