namespace NetworkingPlatform.Mailboxes.People;

/// <summary>
/// An email address that is a person known by another handle (a LinkedIn profile slug): <see cref="Source"/> says who
/// said so, the member (<c>member</c>) or an import's Connections file (<c>import</c>). Id: the address, in lowercase.
/// </summary>
public sealed class AddressLink
{
    public const string ByMember = "member";
    public const string ByImport = "import";

    public string Id { get; set; } = string.Empty;
    public string Handle { get; set; } = string.Empty;
    public string Source { get; set; } = ByImport;
    public DateTimeOffset LinkedAt { get; set; }
}
