using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.People;

/// <summary>
/// The names a LinkedIn export gives people: a message's FROM and TO (in the order of its profile URLs), an invitation's
/// From and To, a connection's first and last name with their position, the member's own profile.
/// </summary>
public static class ExportPeople
{
    public static IEnumerable<PersonSeen> OfMessage(SheetRow row, MessageAccepted message)
    {
        yield return new PersonSeen(message.From, PersonSeen.Name(row.Get(MessageRows.From)), null, Url(row.Get(MessageRows.SenderProfileUrl)), message.SentAt);
        var urls = Split(row.Get(MessageRows.RecipientProfileUrls));
        var names = Split(row.Get("TO"));
        if (urls.Length != names.Length)
        {
            yield break;
        }

        for (var i = 0; i < urls.Length; i++)
        {
            if (ProfileUrl.TrySlug(urls[i], out var handle) && handle != message.From)
            {
                yield return new PersonSeen(handle, PersonSeen.Name(names[i]), null, Url(urls[i]), message.SentAt);
            }
        }
    }

    public static IEnumerable<PersonSeen> OfInvitation(SheetRow row, TakenInvitation invitation) =>
    [
        new(invitation.From, PersonSeen.Name(row.Get(InvitationRows.From)), null, Url(row.Get(InvitationRows.InviterProfileUrl)), invitation.SentAt),
        new(invitation.To, PersonSeen.Name(row.Get(InvitationRows.To)), null, Url(row.Get(InvitationRows.InviteeProfileUrl)), invitation.SentAt),
    ];

    public static PersonSeen OfConnection(SheetRow row, MemberConnection connection) => new(
        connection.Slug, PersonSeen.Name(connection.FirstName, connection.LastName), Headline(connection.Position, connection.Company),
        Url(row.Get(ConnectionRows.Url)), connection.ConnectedOn, connection.Email);

    public static PersonSeen OfProfile(string member, string? firstName, string? lastName, string? headline, DateTimeOffset seenAt) =>
        new(member, PersonSeen.Name(firstName, lastName), headline is { Length: > 0 } ? headline[..Math.Min(headline.Length, PeopleDirectory.MaxNameLength)] : null,
            null, seenAt);

    private static string? Headline(string? position, string? company) => (position, company) switch
    {
        ({ } p, { } c) => PersonSeen.Name($"{p} · {c}"),
        ({ } p, null) => PersonSeen.Name(p),
        (null, { } c) => PersonSeen.Name(c),
        _ => null,
    };

    private static string? Url(string? url) => url is { Length: > 0 and <= 500 } ? url.Trim() : null;

    private static string[] Split(string? list) => (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
