namespace NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;

/// <summary>How many replies took less than <see cref="UpTo"/> and at least the previous bucket's bound; the last has none.</summary>
public sealed record ReplyTimeBucket(string Name, TimeSpan? UpTo, int Count);
