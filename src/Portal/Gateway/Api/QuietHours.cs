namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record QuietHours(string? Start, string? End);
