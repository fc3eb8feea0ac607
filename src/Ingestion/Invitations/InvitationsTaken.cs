namespace NetworkingPlatform.Ingestion.Invitations;

/// <summary>Invitations taken in together, each new or newly accepted; <see cref="ImportId"/> names the import that brought them.</summary>
public sealed record InvitationsTaken(IReadOnlyList<TakenInvitation> Invitations, string? ImportId = null);
