namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>The first sync's progress: the messages found in its window and those read so far.</summary>
public sealed record MailboxFirstSync(int? Found, int Read, int Percent);
