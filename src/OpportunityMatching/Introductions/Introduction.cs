using Marten.Metadata;

namespace NetworkingPlatform.OpportunityMatching.Introductions;

/// <summary>The state of a double opt-in introduction, kept inline from its events.</summary>
public sealed class Introduction : ITenanted
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Expired = "expired";

    public string Id { get; set; } = string.Empty;
    public string? TenantId { get; set; }
    public string RequestedBy { get; set; } = string.Empty;
    public string Counterpart { get; set; } = string.Empty;
    public string OpportunityId { get; set; } = string.Empty;
    public string MatchedOpportunityId { get; set; } = string.Empty;
    public string? Message { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string Status { get; set; } = Pending;
    public List<string> AcceptedBy { get; set; } = [];
    public string? DeclinedBy { get; set; }
    public string? ConversationId { get; set; }
    public DateTimeOffset? ConcludedAt { get; set; }

    public bool Involves(string member) => member == RequestedBy || member == Counterpart;

    public void Apply(IntroductionRequested requested)
    {
        Id = requested.IntroductionId;
        RequestedBy = requested.RequestedBy;
        Counterpart = requested.Counterpart;
        OpportunityId = requested.OpportunityId;
        MatchedOpportunityId = requested.MatchedOpportunityId;
        Message = requested.Message;
        RequestedAt = requested.RequestedAt;
        ExpiresAt = requested.ExpiresAt;
    }

    public void Apply(IntroductionAccepted accepted) => AcceptedBy.Add(accepted.By);

    public void Apply(IntroductionDeclined declined)
    {
        Status = Declined;
        DeclinedBy = declined.By;
        ConcludedAt = declined.At;
    }

    public void Apply(IntroductionExpired expired)
    {
        Status = Expired;
        ConcludedAt = expired.At;
    }

    public void Apply(IntroductionConversationStarted started)
    {
        Status = Accepted;
        ConversationId = started.ConversationId;
        ConcludedAt = started.At;
    }
}
