using Marten;
using Npgsql;
using UUIDNext;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// Takes in what one API request sends, in one transaction and on a stream of its own: what is new is committed
/// together and forwarded, repeats are recognised.
/// </summary>
public sealed class ApiIntake(NpgsqlDataSource dataSource, IDocumentStore store)
{
    public async Task<T> Take<T>(
        string tenantId,
        Func<IngestionTransaction, string, CancellationToken, Task<T>> take,
        CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, tenantId, cancellationToken);
        var taken = await take(transaction, $"intake-{Uuid.NewSequential()}", cancellationToken);
        await transaction.Commit(cancellationToken);
        return taken;
    }
}
