namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record ReplyTimes(int Count, TimeSpan? Median, TimeSpan? P90);
