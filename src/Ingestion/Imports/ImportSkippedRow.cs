namespace NetworkingPlatform.Ingestion.Imports;

/// <summary>A row an import did not take, and why. Id: "import:file:line", so a resumed import rewrites, not repeats, it.</summary>
public sealed record ImportSkippedRow(string Id, string ImportId, string File, int Line, string Reason)
{
    public static ImportSkippedRow Of(string importId, string file, int line, string reason) =>
        new($"{importId}:{file}:{line}", importId, file, line, reason);
}
