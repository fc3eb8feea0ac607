using Marten.Metadata;

namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>The current state of an opportunity, kept inline from its events.</summary>
public sealed class Opportunity : ITenanted
{
    public string Id { get; set; } = string.Empty;
    public string? TenantId { get; set; }
    public string Owner { get; set; } = string.Empty;
    public OpportunityDetails Details { get; set; } = null!;
    public bool Implicit { get; set; }
    public bool IsOpen { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The counterparts owners were already told about, so a revision does not alert twice.</summary>
    public List<string> Alerted { get; set; } = [];

    /// <summary>When each alert was sent, to cap alerts per day.</summary>
    public List<DateTimeOffset> AlertedAt { get; set; } = [];

    public void Apply(OpportunityPosted posted)
    {
        Id = posted.OpportunityId;
        Owner = posted.Owner;
        Details = posted.Details;
        Implicit = posted.Implicit;
        IsOpen = true;
        PostedAt = posted.PostedAt;
        UpdatedAt = posted.PostedAt;
    }

    public void Apply(OpportunityRevised revised)
    {
        Details = revised.Details;
        UpdatedAt = revised.RevisedAt;
        IsOpen = true;
        ClosedAt = null;
    }

    public void Apply(OpportunityClosed closed)
    {
        IsOpen = false;
        ClosedAt = closed.ClosedAt;
        UpdatedAt = closed.ClosedAt;
    }

    public void Apply(MatchFound found)
    {
        Alerted.Add(found.MatchedOpportunityId);
        AlertedAt.Add(found.FoundAt);
    }

    public bool IsOpenAt(DateTimeOffset now) => IsOpen && (Details.ExpiresAt is null || Details.ExpiresAt > now);
}
