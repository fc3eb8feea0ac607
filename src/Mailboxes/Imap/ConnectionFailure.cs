namespace NetworkingPlatform.Mailboxes.Imap;

/// <summary>
/// Why a mailbox could not be reached, named so that a member knows what to change: <see cref="Cause"/> is one of
/// <c>authentication</c>, <c>tls</c>, <c>host</c>, <c>folder</c>; <see cref="Field"/> is the setting to look at.
/// </summary>
public sealed record ConnectionFailure(string Cause, string Field, string Message)
{
    public const string Authentication = "authentication";
    public const string TlsCause = "tls";
    public const string Host = "host";
    public const string Folder = "folder";
}

/// <summary>Thrown where a connection fails for a reason <see cref="Failure"/> names.</summary>
public sealed class ConnectionFailedException(ConnectionFailure failure, Exception? inner = null) : Exception(failure.Message, inner)
{
    public ConnectionFailure Failure { get; } = failure;
}
