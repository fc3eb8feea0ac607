namespace NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;

public sealed record ReplyTimeHistogramResponse(
    string Member,
    DateTimeOffset From,
    DateTimeOffset To,
    string Basis,
    string Replies,
    int Count,
    IReadOnlyList<ReplyTimeBucket> Buckets);
