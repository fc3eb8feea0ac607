namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record TrendPeriod(
    DateTimeOffset PeriodStart,
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double ResponseRate,
    TimeSpan? FirstReplyMedian,
    TimeSpan? ReplyMedian);
