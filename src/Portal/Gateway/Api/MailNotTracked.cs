namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>Mail a sync read but did not track, by reason.</summary>
public sealed record MailNotTracked(int AutoReplies, int Lists, int NoReply, int Refused);
