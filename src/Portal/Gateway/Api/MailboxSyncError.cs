namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>The last error of a mailbox's sync; its cause is authentication, tls, host or folder when known.</summary>
public sealed record MailboxSyncError(string? Cause, string Message, DateTimeOffset? At);
