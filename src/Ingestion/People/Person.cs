namespace NetworkingPlatform.Ingestion.People;

/// <summary>A person of the tenant's directory, by handle: the name to show them by, what they do, where their profile is.</summary>
public sealed class Person
{
    public string Id { get; set; } = string.Empty;
    public string? DisplayName { get; set; }
    public string? Headline { get; set; }
    public string? ProfileUrl { get; set; }
    public DateTimeOffset FirstSeen { get; set; }

    /// <summary>Email addresses that are this same person, as an import's Connections file gives them.</summary>
    public List<string> Emails { get; set; } = [];
}
