using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// A row of Invitations.csv. The invitation was accepted when the other person is among the member's connections
/// (taken as accepted on the day they connected); otherwise it is pending, and the invitee owes an answer.
/// </summary>
public static class InvitationRows
{
    public const string From = "From";
    public const string To = "To";
    public const string SentAt = "Sent At";
    public const string Message = "Message";
    public const string Direction = "Direction";
    public const string InviterProfileUrl = "inviterProfileUrl";
    public const string InviteeProfileUrl = "inviteeProfileUrl";

    public static readonly IReadOnlyList<string> RequiredColumns = [From, To, SentAt, Direction, InviterProfileUrl, InviteeProfileUrl];

    public static RowOutcome<TakenInvitation> Read(SheetRow row, string member, Func<string, DateTimeOffset?> connectedOn, DateTimeOffset now)
    {
        var direction = row.Get(Direction)?.ToUpperInvariant();
        if (direction is not ("INCOMING" or "OUTGOING"))
        {
            return Skip(row, $"Invalid {Direction} '{row.Get(Direction)}': expected INCOMING or OUTGOING.");
        }

        if (!ProfileUrl.TrySlug(row.Get(InviterProfileUrl), out var inviter))
        {
            return Skip(row, $"Unknown inviter '{row.Get(From)}': {InviterProfileUrl} '{row.Get(InviterProfileUrl)}' is not a LinkedIn profile URL.");
        }

        if (!ProfileUrl.TrySlug(row.Get(InviteeProfileUrl), out var invitee))
        {
            return Skip(row, $"Unknown invitee '{row.Get(To)}': {InviteeProfileUrl} '{row.Get(InviteeProfileUrl)}' is not a LinkedIn profile URL.");
        }

        var memberSide = direction == "INCOMING" ? invitee : inviter;
        if (memberSide != member)
        {
            return Skip(row, $"The invitation is {direction} but the member '{member}' is not its {(direction == "INCOMING" ? "invitee" : "inviter")} ('{memberSide}').");
        }

        if (!LinkedInDates.TryInvitationDate(row.Get(SentAt), out var sentAt))
        {
            return Skip(row, $"Invalid {SentAt} '{row.Get(SentAt)}': expected like 1/29/26, 2:37 PM.");
        }

        if (PlausibleDate.Problem(sentAt, now) is { } implausible)
        {
            return Skip(row, $"Invalid {SentAt}: {implausible}");
        }

        var counterpart = direction == "INCOMING" ? inviter : invitee;
        var identity = Encoding.UTF8.GetBytes($"{inviter}\n{invitee}\n{sentAt.UtcTicks}");
        var invitation = new TakenInvitation(
            $"li-{Convert.ToHexStringLower(SHA256.HashData(identity), 0, 16)}",
            inviter,
            invitee,
            sentAt,
            row.GetText(Message),
            "linkedin",
            connectedOn(counterpart) is { } connected ? Max(connected, sentAt) : null);
        return RowOutcome<TakenInvitation>.Read(row.Line, invitation);
    }

    // Connections carry only a day: an invitation sent that same day was accepted no earlier than it was sent.
    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static RowOutcome<TakenInvitation> Skip(SheetRow row, string reason) => RowOutcome<TakenInvitation>.Skip(row.Line, reason);
}
