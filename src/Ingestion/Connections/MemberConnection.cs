namespace NetworkingPlatform.Ingestion.Connections;

/// <summary>Someone a member is connected with, from their export's Connections file. Id: "member|slug".</summary>
public sealed record MemberConnection(
    string Id,
    string Member,
    string Slug,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Company,
    string? Position,
    DateTimeOffset ConnectedOn)
{
    public static string IdOf(string member, string slug) => $"{member}|{slug}";
}
