namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record ReplyTimeBucket(string Name, TimeSpan? UpTo, int Count);
