namespace NetworkingPlatform.Notification.InApp.MarkingRead;

public sealed record MarkedRead(string Member, int Marked, int Unread);
