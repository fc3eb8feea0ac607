using Npgsql;

namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>
/// Tells every Gateway replica that a key was revoked: a NOTIFY sent by the transaction that revokes it (PostgreSQL
/// delivers it only if that commits), heard here on a connection of its own. While that connection is down nothing is
/// heard, so every key is read again after it is back.
/// </summary>
public sealed class ApiKeyRevocations(NpgsqlDataSource database, ApiKeyCache cache, ILogger<ApiKeyRevocations> logger)
    : PostgresChannelListener(database, logger)
{
    public const string Channel = "gateway_api_key_revoked";

    protected override string ChannelName => Channel;

    public static void Announce(IDocumentSession session, string keyId) => session.QueueSqlCommand("select pg_notify(?, ?)", Channel, keyId);

    protected override Task Heard(string payload, CancellationToken cancellationToken)
    {
        cache.Forget(payload);
        return Task.CompletedTask;
    }

    // Revocations announced while no connection listened went unheard.
    protected override Task OnListening(CancellationToken cancellationToken)
    {
        cache.ForgetAll();
        return Task.CompletedTask;
    }
}
