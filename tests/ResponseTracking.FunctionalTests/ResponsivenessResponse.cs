namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal sealed record ResponsivenessResponse(
    string Member,
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double? ResponseRate,
    DistributionResponse FirstReplyTime,
    DistributionResponse ReplyTime,
    DistributionResponse FirstReplyBusinessTime,
    DistributionResponse ReplyBusinessTime,
    BadgeResponse Badge,
    DateTimeOffset WindowEnd = default);

internal sealed record DistributionResponse(int Count, TimeSpan? Median, TimeSpan? P90);

internal sealed record BadgeResponse(string En, string Es);
