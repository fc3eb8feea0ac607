using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Rows read since the last commit, ready to be committed together.</summary>
public sealed class ImportChunk
{
    public List<MessageAccepted> Messages { get; } = [];
    public List<TakenInvitation> Invitations { get; } = [];
    public List<MemberConnection> Connections { get; } = [];
    public List<ImportSkippedRow> Skipped { get; } = [];

    /// <summary>Who the rows name, for the directory; not rows of their own.</summary>
    public List<PersonSeen> People { get; } = [];

    public int Count => Messages.Count + Invitations.Count + Connections.Count + Skipped.Count;
}
