using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using Npgsql;
using SessionOptions = Marten.Services.SessionOptions;

namespace NetworkingPlatform.OpportunityMatching.Counterparts.TrackingResponsiveness;

/// <summary>
/// Keeps the newest figures per member; an older or repeated event changes nothing. Taken in batches (see
/// <see cref="ResponsivenessChangedConsumerDefinition"/>), every tenant's in one transaction. Two writers of one
/// member's figures conflict (insert of a new row, or optimistic concurrency on an existing one), and the loser's batch
/// is retried against what the winner stored.
/// </summary>
public sealed class ResponsivenessChangedConsumer(IDocumentStore store, NpgsqlDataSource dataSource) : IConsumer<Batch<ResponsivenessChanged>>
{
    public async Task Consume(ConsumeContext<Batch<ResponsivenessChanged>> context)
    {
        await using var connection = await dataSource.OpenConnectionAsync(context.CancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(context.CancellationToken);
        // Tenants and members in one order in every transaction, so that two batches sharing members cannot deadlock.
        foreach (var tenant in context.Message.Select(m => m.Message).GroupBy(m => m.TenantId, StringComparer.Ordinal).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var options = SessionOptions.ForTransaction(transaction);
            options.TenantId = tenant.Key;
            await using var session = store.LightweightSession(options);
            await Keep(session, [.. tenant.GroupBy(m => m.Member, StringComparer.Ordinal).OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.MaxBy(c => c.OccurredAt)!)], context.CancellationToken);
        }

        await transaction.CommitAsync(context.CancellationToken);
    }

    private static async Task Keep(IDocumentSession session, IReadOnlyList<ResponsivenessChanged> newest, CancellationToken cancellationToken)
    {
        var known = (await session.LoadManyAsync<CounterpartResponsiveness>(cancellationToken, newest.Select(c => c.Member)))
            .ToDictionary(k => k.Id, StringComparer.Ordinal);
        foreach (var changed in newest)
        {
            var held = known.GetValueOrDefault(changed.Member);
            if (held is not null && held.AsOf >= changed.OccurredAt)
            {
                continue;
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
            if (held is null)
            {
                session.Insert(figures);
            }
            else
            {
                session.UpdateExpectedVersion(figures, session.VersionFor(held)!.Value);
            }
        }

        await session.SaveChangesAsync(cancellationToken);
    }
}
