namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// Only one replica syncs a mailbox: it holds a PostgreSQL advisory lock for it on a connection of its own for as long
/// as it syncs. If the replica dies, its connection closes and another takes the mailbox over.
/// </summary>
public sealed class MailboxLease : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long lockId;

    private MailboxLease(NpgsqlConnection connection, long lockId) => (this.connection, this.lockId) = (connection, lockId);

    public static async Task<MailboxLease?> TryTake(NpgsqlDataSource dataSource, string tenantId, string mailboxId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
            var lockId = LockId(tenantId, mailboxId);
            command.Parameters.Add(new NpgsqlParameter { Value = lockId });
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new MailboxLease(connection, lockId);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Whether the lease still holds: its connection is alive.</summary>
    public async Task<bool> StillHeld(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Unlocks before the connection goes back to the pool, where it would otherwise hold the lock until reused.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = lockId });
            await command.ExecuteScalarAsync();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, and the lock with it.
        }

        await connection.DisposeAsync();
    }

    private static long LockId(string tenantId, string mailboxId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"mailbox-sync:{tenantId}:{mailboxId}")));
}
