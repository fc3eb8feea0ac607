using Marten;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;

namespace NetworkingPlatform.OpportunityMatching.Counterparts.TrackingResponsiveness;

/// <summary>
/// Keeps the newest figures per member; an older or repeated event changes nothing. Two events for one member
/// handled at once conflict (insert of a new row, or optimistic concurrency on an existing one), and the loser
/// is retried against what the winner stored.
/// </summary>
public sealed class ResponsivenessChangedConsumer(IDocumentStore store) : IConsumer<ResponsivenessChanged>
{
    public async Task Consume(ConsumeContext<ResponsivenessChanged> context)
    {
        var changed = context.Message;
        await using var session = store.LightweightSession(changed.TenantId);
        var known = await session.LoadAsync<CounterpartResponsiveness>(changed.Member, context.CancellationToken);
        if (known is not null && known.AsOf >= changed.OccurredAt)
        {
            return;
        }

        var figures = new CounterpartResponsiveness
        {
            Id = changed.Member,
            ResponseRate = changed.ResponseRate,
            MedianReplyTime = changed.MedianReplyTime,
            ReplyNeedingReceived = changed.ReplyNeedingReceived,
            Answered = changed.Answered,
            AsOf = changed.OccurredAt,
        };
        if (known is null)
        {
            session.Insert(figures);
        }
        else
        {
            session.UpdateExpectedVersion(figures, session.VersionFor(known)!.Value);
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
