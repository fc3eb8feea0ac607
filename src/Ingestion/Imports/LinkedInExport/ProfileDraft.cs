using NetworkingPlatform.Ingestion.Profiles;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>A member's profile gathered from the export's profile files, read one after another.</summary>
public sealed class ProfileDraft
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Headline { get; set; }
    public string? Summary { get; set; }
    public string? Industry { get; set; }
    public string? Location { get; set; }
    public List<Contracts.Ingestion.ProfilePosition> Positions { get; } = [];
    public List<string> Skills { get; } = [];
    public List<string> Languages { get; } = [];

    public MemberProfileTaken ToProfile(string member) =>
        new(member, FirstName, LastName, Headline, Summary, Industry, Location,
            [.. Languages.Distinct(StringComparer.OrdinalIgnoreCase)], [.. Positions], [.. Skills.Distinct(StringComparer.OrdinalIgnoreCase)]);
}
