namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>ResponseTracking's figures for a member over the last 90 days.</summary>
public sealed record Responsiveness(
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
    ReplyTimes FirstReplyTime,
    ReplyTimes ReplyTime,
    ReplyTimes FirstReplyBusinessTime,
    ReplyTimes ReplyBusinessTime,
    Badge Badge);
