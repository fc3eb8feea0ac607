namespace NetworkingPlatform.ResponseTracking.Responsiveness;

/// <summary>How a member answers: conversations in which a reply was owed to them, and those they answered.</summary>
public sealed class MemberResponsiveness
{
    public string Id { get; set; } = string.Empty;
    public HashSet<string> AwaitedIn { get; set; } = [];
    public HashSet<string> AnsweredIn { get; set; } = [];
    public List<double> ReplySeconds { get; set; } = [];

    public double? ResponseRate => AwaitedIn.Count == 0 ? null : (double)AnsweredIn.Count / AwaitedIn.Count;

    public TimeSpan? MedianReplyTime
    {
        get
        {
            if (ReplySeconds.Count == 0)
            {
                return null;
            }

            var sorted = ReplySeconds.Order().ToArray();
            var middle = sorted.Length / 2;
            var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
            return TimeSpan.FromSeconds(median);
        }
    }
}
