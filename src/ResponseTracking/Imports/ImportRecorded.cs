namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>
/// Everything an import published is recorded: the one event of the stream <c>import:&lt;id&gt;</c> (a second writer
/// collides on the stream and gives up), forwarded as <see cref="Contracts.ResponseTracking.ImportSummarised"/>.
/// </summary>
public sealed record ImportRecorded(
    string ImportId,
    string Member,
    bool Succeeded,
    string? Failure,
    long RowsRead,
    long RowsImported,
    long RowsSkipped,
    int Conversations,
    int WaitingOnMember,
    int WaitingOnOthers)
{
    public static string StreamIdOf(string importId) => $"import:{importId}";
}
