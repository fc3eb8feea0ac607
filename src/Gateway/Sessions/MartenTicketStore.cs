using Microsoft.AspNetCore.Authentication.Cookies;

namespace NetworkingPlatform.Gateway.Sessions;

/// <summary>
/// Keeps session tickets in the Gateway's schema: the cookie carries only a random key. A session whose document is
/// gone (signed out, revoked) or expired no longer authenticates, on every replica at once.
/// </summary>
public sealed class MartenTicketStore(IDocumentStore store, TimeProvider clock) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.Store(new StoredSession
        {
            Id = IdOf(key),
            AccountId = SessionClaims.AccountId(ticket.Principal) ?? string.Empty,
            SessionId = SessionClaims.SessionId(ticket.Principal) ?? string.Empty,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresAt = ticket.Properties.ExpiresUtc,
        });
        await session.SaveChangesAsync(cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<StoredSession>(IdOf(key), cancellationToken);
        if (stored is null || stored.ExpiresAt <= clock.GetUtcNow())
        {
            return null;
        }

        return TicketSerializer.Default.Deserialize(stored.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.Delete<StoredSession>(IdOf(key));
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends every session of an account, except the one given (the caller's own, after a password change).</summary>
    public static void RevokeAll(IDocumentSession session, string accountId, string? except = null)
    {
        if (except is null)
        {
            session.DeleteWhere<StoredSession>(s => s.AccountId == accountId);
        }
        else
        {
            session.DeleteWhere<StoredSession>(s => s.AccountId == accountId && s.SessionId != except);
        }
    }

    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(key)));
}
