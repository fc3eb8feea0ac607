namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record ResponsivenessFit(double Factor, bool Measured, double? ResponseRate, TimeSpan? MedianReplyTime);
