using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.History;

/// <summary>Everything an import brings happened before it: history, whatever its age.</summary>
public static class ImportedHistory
{
    public static IReadOnlyList<MessageAccepted> Of(IReadOnlyList<MessageAccepted> messages) =>
        messages.Select(m => m with { IsHistory = true }).ToList();

    public static IReadOnlyList<TakenInvitation> Of(IReadOnlyList<TakenInvitation> invitations) =>
        invitations.Select(i => i with { IsHistory = true, IsAcceptanceHistory = true }).ToList();
}
