namespace NetworkingPlatform.OpportunityMatching.Counterparts;

/// <summary>What matching knows of a member's responsiveness, used to rank people who answer first.</summary>
public sealed class CounterpartResponsiveness
{
    public string Id { get; set; } = string.Empty;
    public double? ResponseRate { get; set; }
    public TimeSpan? MedianReplyTime { get; set; }
    public int ReplyNeedingReceived { get; set; }
    public int Answered { get; set; }
    public DateTimeOffset AsOf { get; set; }
}
