using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

public static class ConnectionRows
{
    public const string FirstName = "First Name";
    public const string LastName = "Last Name";
    public const string Url = "URL";
    public const string EmailAddress = "Email Address";
    public const string Company = "Company";
    public const string Position = "Position";
    public const string ConnectedOn = "Connected On";

    public static readonly IReadOnlyList<string> RequiredColumns = [FirstName, LastName, Url, ConnectedOn];

    public static RowOutcome<MemberConnection> Read(SheetRow row, string member, DateTimeOffset now)
    {
        if (!ProfileUrl.TrySlug(row.Get(Url), out var slug))
        {
            return RowOutcome<MemberConnection>.Skip(row.Line, row.Get(Url) is null
                ? $"Unknown member '{row.Get(FirstName)} {row.Get(LastName)}': {Url} is empty."
                : $"Unknown member: '{row.Get(Url)}' is not a LinkedIn profile URL (/in/<name>) with a valid name.");
        }

        if (!LinkedInDates.TryConnectionDate(row.Get(ConnectedOn), out var connectedOn))
        {
            return RowOutcome<MemberConnection>.Skip(row.Line, $"Invalid {ConnectedOn} '{row.Get(ConnectedOn)}': expected like 08 Feb 2026.");
        }

        if (PlausibleDate.Problem(connectedOn, now) is { } implausible)
        {
            return RowOutcome<MemberConnection>.Skip(row.Line, $"Invalid {ConnectedOn}: {implausible}");
        }

        return RowOutcome<MemberConnection>.Read(row.Line, new MemberConnection(
            MemberConnection.IdOf(member, slug), member, slug, row.Get(FirstName), row.Get(LastName),
            row.Get(EmailAddress), row.Get(Company), row.Get(Position), connectedOn));
    }
}
