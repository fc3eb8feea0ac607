using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Rows read since the last commit, ready to be committed together.</summary>
public sealed class ImportChunk
{
    public List<MessageAccepted> Messages { get; } = [];
    public List<TakenInvitation> Invitations { get; } = [];
    public List<MemberConnection> Connections { get; } = [];
    public List<ImportSkippedRow> Skipped { get; } = [];

    public int Count => Messages.Count + Invitations.Count + Connections.Count + Skipped.Count;
}
