namespace NetworkingPlatform.Notification.Links;

/// <summary>The "Notification" settings section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notification";

    /// <summary>Where members reach the platform: the base of the links put in emails.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");

    public TimeSpan AnswerLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    public string IngestionBaseUrl { get; set; } = "http://ingestion";
}
