namespace NetworkingPlatform.Notification.Email;

public sealed record EmailContent(string To, string Subject, string Text, string Html);
