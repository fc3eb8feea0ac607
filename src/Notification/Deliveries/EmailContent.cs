namespace NetworkingPlatform.Notification.Deliveries;

public sealed record EmailContent(string To, string Subject, string Text, string Html);
