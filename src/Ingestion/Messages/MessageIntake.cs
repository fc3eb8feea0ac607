using Marten;
using Npgsql;
using NetworkingPlatform.Ingestion.Intake;
using UUIDNext;

namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>Takes in messages from the API: the new ones are committed together and forwarded; repeats are recognised.</summary>
public sealed class MessageIntake(NpgsqlDataSource dataSource, IDocumentStore store)
{
    /// <returns>The ids of the messages taken now; the others had been taken before.</returns>
    public async Task<IReadOnlySet<string>> Accept(string tenantId, IReadOnlyList<MessageAccepted> messages, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, tenantId, cancellationToken);
        var fresh = await transaction.AppendNew($"intake-{Uuid.NewSequential()}", messages, cancellationToken);
        await transaction.Commit(cancellationToken);
        return fresh.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
    }
}
