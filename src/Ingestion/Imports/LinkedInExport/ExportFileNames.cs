namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>Recognises an export's files by name, whatever their case, folder, or spaces instead of underscores.</summary>
public static class ExportFileNames
{
    /// <summary>The order files are read in: connections first, so invitations know which were accepted.</summary>
    public static readonly IReadOnlyList<ExportFileKind> ReadingOrder =
    [
        ExportFileKind.Connections, ExportFileKind.Profile, ExportFileKind.Positions, ExportFileKind.Skills,
        ExportFileKind.Languages, ExportFileKind.Messages, ExportFileKind.Invitations,
    ];

    public static string NameOf(ExportFileKind kind) => kind switch
    {
        ExportFileKind.Messages => "messages.csv",
        ExportFileKind.Unknown => "unknown file",
        _ => $"{kind}.csv",
    };

    public static ExportFileKind KindOf(string path)
    {
        var name = Path.GetFileName(path.Replace('\\', '/')).Trim().ToLowerInvariant().Replace(' ', '_');
        return name switch
        {
            "connections.csv" => ExportFileKind.Connections,
            "profile.csv" => ExportFileKind.Profile,
            "positions.csv" => ExportFileKind.Positions,
            "skills.csv" => ExportFileKind.Skills,
            "languages.csv" => ExportFileKind.Languages,
            "messages.csv" => ExportFileKind.Messages,
            "invitations.csv" => ExportFileKind.Invitations,
            _ => ExportFileKind.Unknown,
        };
    }
}
