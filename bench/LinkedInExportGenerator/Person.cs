namespace NetworkingPlatform.LinkedInExportGenerator;

public sealed record Person(string FirstName, string LastName, string Slug, string Url, string Company, string Position, bool SpanishSpeaking, DateTimeOffset? ConnectedOn)
{
    public string FullName => $"{FirstName} {LastName}";
}
