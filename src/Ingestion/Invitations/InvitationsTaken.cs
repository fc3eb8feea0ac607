namespace NetworkingPlatform.Ingestion.Invitations;

/// <summary>Invitations taken in together, each new or newly accepted.</summary>
public sealed record InvitationsTaken(IReadOnlyList<TakenInvitation> Invitations);
