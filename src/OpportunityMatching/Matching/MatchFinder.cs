using NetworkingPlatform.OpportunityMatching.Counterparts;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>Ranks the counterparts of an opportunity in its tenant, with the owners' responsiveness read from Marten.</summary>
public sealed class MatchFinder(OpportunityIndex index, OpportunityMatcher matcher, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpportunityMatch>> Find(IQuerySession session, Candidate subject, int limit, CancellationToken cancellationToken)
    {
        await index.WhenReady(cancellationToken);
        var pool = matcher.Candidates(index.For(session.TenantId), subject, clock.GetUtcNow());
        var owners = pool.Hits.Select(hit => hit.Candidate.Owner).Distinct(StringComparer.Ordinal).ToArray();
        var known = owners.Length == 0
            ? []
            : (await session.LoadManyAsync<CounterpartResponsiveness>(cancellationToken, owners)).ToDictionary(figures => figures.Id, StringComparer.Ordinal);
        return matcher.Rank(pool, owner => known.TryGetValue(owner, out var figures)
            ? new ResponsivenessEvidence(figures.ReplyNeedingReceived, figures.Answered, figures.ResponseRate, figures.MedianReplyTime)
            : null, limit);
    }
}
