namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>What ResponseTracking tells about a member: its responsiveness figures and how many conversations wait on them.</summary>
public sealed record MemberResponsiveness(
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double? ResponseRate,
    TimeSpan? MedianFirstReplyTime,
    string BadgeEn,
    string BadgeEs,
    int WaitingOnMember);
