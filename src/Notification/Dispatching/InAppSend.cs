namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>A trigger to show in its recipient's in-app feed, written in their language.</summary>
public sealed record InAppSend(Trigger Trigger, string Language);
