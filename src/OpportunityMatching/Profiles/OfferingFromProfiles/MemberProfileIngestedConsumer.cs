using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.OpportunityMatching.Members;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Profiles.OfferingFromProfiles;

/// <summary>
/// Keeps a member's implicit offers in step with their newest profile. A repeated or older profile changes
/// nothing; two first profiles at once collide on the new stream and the loser is retried as a revision.
/// </summary>
public sealed class MemberProfileIngestedConsumer(IDocumentStore store, OpportunityWriter writer) : IConsumer<MemberProfileIngested>
{
    public async Task Consume(ConsumeContext<MemberProfileIngested> context)
    {
        var profile = context.Message;
        var owner = ActingMember.Normalize(profile.Member);
        foreach (var (id, details) in ProfileOffers.From(profile with { Member = owner }))
        {
            await using var session = store.LightweightSession(profile.TenantId);
            var current = await session.LoadAsync<Opportunity>(id, context.CancellationToken);
            if (current is null)
            {
                await writer.Post(session, id, owner, details, isImplicit: true, profile.OccurredAt, context.CancellationToken);
            }
            else if (current.UpdatedAt < profile.OccurredAt)
            {
                await writer.Revise(session, current, details, profile.OccurredAt, context.CancellationToken);
            }
        }
    }
}
