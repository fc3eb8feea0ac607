namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record LocationFit(double Score, string Reason);
