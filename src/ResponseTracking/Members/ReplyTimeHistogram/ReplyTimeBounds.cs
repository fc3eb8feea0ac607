namespace NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;

/// <summary>The histogram's upper bounds, on the scale people speak of replies: an hour, a few hours, a day, a few days, a week.</summary>
public static class ReplyTimeBounds
{
    public static readonly IReadOnlyList<(string Name, TimeSpan UpTo)> All =
    [
        ("under-1h", TimeSpan.FromHours(1)),
        ("under-6h", TimeSpan.FromHours(6)),
        ("under-1d", TimeSpan.FromDays(1)),
        ("under-3d", TimeSpan.FromDays(3)),
        ("under-7d", TimeSpan.FromDays(7)),
    ];

    public const string Beyond = "7d-or-more";
}
