namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>How long a member's first replies took, counted in buckets from "under an hour" to "a week or more".</summary>
public sealed record ReplyTimeHistogram(int Count, IReadOnlyList<ReplyTimeBucket> Buckets);
