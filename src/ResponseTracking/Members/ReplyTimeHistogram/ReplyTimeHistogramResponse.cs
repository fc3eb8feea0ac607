namespace NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;

public sealed record ReplyTimeHistogramResponse(
    string Member,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    string Basis,
    string Replies,
    int Count,
    IReadOnlyList<ReplyTimeBucket> Buckets);
