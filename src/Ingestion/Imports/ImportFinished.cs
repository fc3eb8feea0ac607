namespace NetworkingPlatform.Ingestion.Imports;

/// <summary>
/// The last event of an import's stream. <see cref="TrackedItems"/>: the messages and invitations it published, resumed
/// runs included; <see cref="Conversations"/>: the conversations the export holds.
/// </summary>
public sealed record ImportFinished(
    string ImportId, string Member, bool Succeeded, long RowsRead, long RowsImported, long RowsSkipped, string? Failure,
    long TrackedItems = 0, int Conversations = 0);
