using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Invitations;

public static class InvitationKeys
{
    /// <summary>
    /// Appends the invitations not taken before in their current state (pending, or accepted at a time) and returns
    /// them: a pending invitation imported again adds nothing, the same invitation later accepted is news.
    /// </summary>
    public static async Task<IReadOnlyList<TakenInvitation>> AppendNew(
        this IngestionTransaction transaction,
        string streamId,
        IReadOnlyList<TakenInvitation> invitations,
        CancellationToken cancellationToken,
        string? importId = null)
    {
        var unique = invitations.DistinctBy(KeyOf, StringComparer.Ordinal).ToList();
        var taken = await transaction.TakeNew([.. unique.Select(KeyOf)], cancellationToken);
        var fresh = unique.Where(i => taken.Contains(KeyOf(i))).ToList();
        if (fresh.Count > 0)
        {
            transaction.Session.Events.Append(streamId, new InvitationsTaken(fresh, importId));
        }

        return fresh;
    }

    public static string KeyOf(TakenInvitation invitation) =>
        $"invitation:{invitation.InvitationId}:{invitation.AcceptedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "pending"}";
}
