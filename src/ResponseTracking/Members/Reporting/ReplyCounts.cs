namespace NetworkingPlatform.ResponseTracking.Members.Reporting;

/// <summary>
/// The three counts every responsiveness figure starts from, over <c>member_reply_times</c>: reply-needing
/// conversations received, those answered (a decline is an answer) and those declined; as SQL columns and as read back.
/// </summary>
public sealed record ReplyCounts(int Received, int Answered, int Declined)
{
    public const string Columns = """
        count(*) FILTER (WHERE answer = 0) AS received,
                count(calendar_ticks) FILTER (WHERE answer = 0) AS answered,
                count(*) FILTER (WHERE answer = 0 AND declined) AS declined
        """;

    public int AnsweredWithoutDeclining => Answered - Declined;

    public int Ignored => Received - Answered;

    public double? ResponseRate => Received == 0 ? null : (double)Answered / Received;
}
