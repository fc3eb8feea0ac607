namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

public sealed record ResponsivenessResponse(
    string Member,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    string TimeZone,
    TimeOnly WorkdayStart,
    TimeOnly WorkdayEnd,
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double? ResponseRate,
    ReplyTimeDistribution FirstReplyTime,
    ReplyTimeDistribution ReplyTime,
    ReplyTimeDistribution FirstReplyBusinessTime,
    ReplyTimeDistribution ReplyBusinessTime,
    ResponsivenessBadge Badge);
