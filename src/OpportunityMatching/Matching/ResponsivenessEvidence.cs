namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>What is known of how an owner answers; absent for people not measured yet.</summary>
public sealed record ResponsivenessEvidence(int ReplyNeedingReceived, int Answered, double? ResponseRate, TimeSpan? MedianReplyTime)
{
    private const double NeutralRate = 0.5;
    private const double PriorWeight = 2;
    private const double Floor = 0.5;

    /// <summary>
    /// A factor in [0.5, 1]: the response rate smoothed toward a neutral prior by two imaginary conversations, so
    /// one unanswered message does not sink a newcomer and an unknown member sits in the middle (0.75).
    /// </summary>
    public static ResponsivenessFit Fit(ResponsivenessEvidence? evidence)
    {
        if (evidence is null || evidence.ReplyNeedingReceived == 0)
        {
            return new ResponsivenessFit(Floor + (1 - Floor) * NeutralRate, false, evidence?.ResponseRate, evidence?.MedianReplyTime);
        }

        var smoothed = (evidence.Answered + NeutralRate * PriorWeight) / (evidence.ReplyNeedingReceived + PriorWeight);
        return new ResponsivenessFit(Floor + (1 - Floor) * smoothed, true, evidence.ResponseRate, evidence.MedianReplyTime);
    }
}
