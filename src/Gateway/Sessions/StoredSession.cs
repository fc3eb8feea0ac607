namespace NetworkingPlatform.Gateway.Sessions;

/// <summary>
/// A signed-in session, kept at the Gateway so that signing out, a password change or a member's removal ends it at
/// once. The id is a hash of the key the session cookie carries.
/// </summary>
public sealed class StoredSession
{
    public string Id { get; set; } = string.Empty;
    public string AccountId { get; set; } = string.Empty;
    public string SessionId { get; set; } = string.Empty;
    public byte[] Ticket { get; set; } = [];
    public DateTimeOffset? ExpiresAt { get; set; }
}
