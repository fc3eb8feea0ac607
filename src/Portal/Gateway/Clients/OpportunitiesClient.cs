using NetworkingPlatform.Portal.Gateway.Api;

namespace NetworkingPlatform.Portal.Gateway.Clients;

/// <summary>The member's needs and offers, their matches and introductions (OpportunityMatching).</summary>
public sealed class OpportunitiesClient(PortalGateway gateway)
{
    public Task<GatewayResult<ListPage<Opportunity>>> Mine(string member, int pageSize) =>
        gateway.Get<ListPage<Opportunity>>($"/api/v1/opportunities/mine?owner={Uri.EscapeDataString(member)}&page=1&pageSize={pageSize}");

    public Task<GatewayResult<Opportunity>> Post(OpportunityPost opportunity) =>
        gateway.Post<Opportunity>("/api/v1/opportunities", opportunity);

    /// <summary>The opportunity with its best <paramref name="count"/> matches.</summary>
    public Task<GatewayResult<Opportunity>> WithMatches(string opportunityId, int count) =>
        gateway.Get<Opportunity>($"/api/v1/opportunities/{Uri.EscapeDataString(opportunityId)}/matches?limit={count}");

    public Task<GatewayResult<ListPage<Introduction>>> Introductions(string member, int pageSize) =>
        gateway.Get<ListPage<Introduction>>($"/api/v1/introductions?member={Uri.EscapeDataString(member)}&page=1&pageSize={pageSize}");

    public Task<GatewayResult<Introduction>> AskForIntroduction(IntroductionAsk ask) =>
        gateway.Post<Introduction>("/api/v1/introductions", ask);

    /// <summary>Accepts or declines an introduction: <paramref name="verb"/> is <c>accept</c> or <c>decline</c>.</summary>
    public Task<GatewayResult<Introduction>> AnswerIntroduction(string introductionId, string verb, string member) =>
        gateway.Post<Introduction>($"/api/v1/introductions/{Uri.EscapeDataString(introductionId)}/{verb}?member={Uri.EscapeDataString(member)}", null);
}
