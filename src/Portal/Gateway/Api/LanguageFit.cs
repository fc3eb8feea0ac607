namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record LanguageFit(double Score, IReadOnlyList<string> Shared);
