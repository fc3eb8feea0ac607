using NetworkingPlatform.OpportunityMatching.Matching;

namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>
/// Posts or revises an opportunity and records, in the same commit, the matches worth announcing: above the
/// threshold, not announced before for this opportunity, and within the daily cap. The index follows the commit;
/// if the process dies in between, the rebuild at start puts it right. Then the change is announced to the other
/// replicas' indexes (<see cref="IndexListener"/>).
/// </summary>
public sealed class OpportunityWriter(MatchFinder finder, OpportunityIndex index, IndexListener replicas, TimeProvider clock, IOptions<MatchingOptions> options)
{
    public async Task<IReadOnlyList<OpportunityMatch>> Post(
        IDocumentSession session, string id, string owner, OpportunityDetails details, bool isImplicit, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var now = at ?? clock.GetUtcNow();
        session.CarryTrace();
        session.Events.StartStream<Opportunity>(id, new OpportunityPosted(id, owner, details, now, isImplicit));
        return await MatchAndSave(session, new Candidate(id, owner, details), null, found => session.Events.Append(id, found), now, cancellationToken);
    }

    public async Task<IReadOnlyList<OpportunityMatch>> Revise(
        IDocumentSession session, Opportunity current, OpportunityDetails details, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var now = at ?? clock.GetUtcNow();
        session.CarryTrace();
        var stream = await session.Events.FetchForWriting<Opportunity>(current.Id, cancellationToken);
        stream.AppendOne(new OpportunityRevised(current.Id, details, now));
        return await MatchAndSave(session, new Candidate(current.Id, current.Owner, details), stream.Aggregate, found => stream.AppendOne(found), now, cancellationToken);
    }

    public async Task Close(IDocumentSession session, string id, CancellationToken cancellationToken)
    {
        session.CarryTrace();
        var stream = await session.Events.FetchForWriting<Opportunity>(id, cancellationToken);
        stream.AppendOne(new OpportunityClosed(id, clock.GetUtcNow()));
        await session.SaveChangesAsync(cancellationToken);
        index.For(session.TenantId).Remove(id);
        await replicas.Announce(session.TenantId, id, cancellationToken);
    }

    private async Task<IReadOnlyList<OpportunityMatch>> MatchAndSave(
        IDocumentSession session, Candidate subject, Opportunity? before, Action<MatchFound> append, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var matches = await finder.Find(session, subject, settings.TopMatches, cancellationToken);
        var alreadyAlerted = before?.Alerted.ToHashSet(StringComparer.Ordinal) ?? [];
        var alertsLeft = settings.MaxAlertsPerDay - (before?.AlertedAt.Count(sent => sent > now.AddDays(-1)) ?? 0);
        foreach (var match in matches.Where(m => m.Score >= settings.AlertThreshold && !alreadyAlerted.Contains(m.OpportunityId)).Take(Math.Max(0, alertsLeft)))
        {
            append(new MatchFound(
                subject.Id, subject.Owner, subject.Details.Title, match.OpportunityId, match.Owner, match.Title, match.Score, match.Reasons, now));
        }

        await session.SaveChangesAsync(cancellationToken);
        index.For(session.TenantId).Put(subject);
        await replicas.Announce(session.TenantId, subject.Id, cancellationToken);
        return matches;
    }
}
