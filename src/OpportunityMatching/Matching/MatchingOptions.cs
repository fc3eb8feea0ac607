namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>The knobs of matching alerts and introductions (section <c>Matching</c>).</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>Matches scoring below this are listed but not announced to the owners.</summary>
    public double AlertThreshold { get; set; } = 0.35;

    /// <summary>At most this many match alerts per opportunity in any 24 hours.</summary>
    public int MaxAlertsPerDay { get; set; } = 5;

    /// <summary>How many matches a post or an update returns and considers for alerts.</summary>
    public int TopMatches { get; set; } = 10;

    /// <summary>An introduction nobody finished answering expires after this.</summary>
    public TimeSpan IntroductionExpiresAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often this node rereads opportunities other replicas changed.</summary>
    public TimeSpan IndexFollowInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often expired introductions are looked for.</summary>
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
