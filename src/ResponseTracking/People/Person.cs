namespace NetworkingPlatform.ResponseTracking.People;

/// <summary>ResponseTracking's copy of a person of Ingestion's directory, by handle: what its answers show them by.</summary>
public sealed class Person
{
    public string Id { get; set; } = string.Empty;
    public string? DisplayName { get; set; }
    public string? Headline { get; set; }
    public string? ProfileUrl { get; set; }
    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset NamedAt { get; set; }
}
