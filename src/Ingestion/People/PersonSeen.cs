namespace NetworkingPlatform.Ingestion.People;

/// <summary>What one message, invitation, connection or profile says about a person, seen at <see cref="SeenAt"/>.</summary>
public sealed record PersonSeen(string Handle, string? DisplayName, string? Headline, string? ProfileUrl, DateTimeOffset SeenAt, string? Email = null)
{
    public static string? Name(params string?[] parts)
    {
        var name = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return name.Length == 0 ? null : name[..Math.Min(name.Length, PeopleDirectory.MaxNameLength)];
    }
}
