namespace NetworkingPlatform.Notification.People;

/// <summary>Notification's copy of a person of Ingestion's directory, by handle: what its texts call them.</summary>
public sealed class Person
{
    public string Id { get; set; } = string.Empty;
    public string? DisplayName { get; set; }
    public DateTimeOffset NamedAt { get; set; }
}
