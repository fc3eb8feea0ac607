namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record SkippedRow(string File, long Line, string Reason);
