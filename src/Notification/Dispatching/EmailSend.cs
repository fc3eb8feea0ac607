namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>A trigger to email to its recipient, in their language, not before <see cref="DueAt"/>; a digest one waits for the member's daily digest.</summary>
public sealed record EmailSend(Trigger Trigger, string Address, string Language, DateTimeOffset DueAt, bool Digest);
