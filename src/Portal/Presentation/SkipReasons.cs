namespace NetworkingPlatform.Portal.Presentation;

/// <summary>
/// Why Ingestion skipped a row, in the visitor's language. Ingestion explains each row in English with the export's own
/// column names and values; the portal names the kind of reason and keeps that explanation as the detail.
/// </summary>
public static class SkipReasons
{
    private static readonly (string Marker, string Key)[] Kinds =
    [
        ("A draft", "Import.Skip.Draft"),
        ("SPAM folder", "Import.Skip.Spam"),
        ("Unknown ", "Import.Skip.UnknownPerson"),
        ("Invalid ", "Import.Skip.InvalidValue"),
        ("is longer than", "Import.Skip.TooLong"),
        ("is empty", "Import.Skip.Missing"),
    ];

    public static string Kind(string reason, IStringLocalizer localizer) =>
        localizer[Kinds.FirstOrDefault(k => reason.Contains(k.Marker, StringComparison.Ordinal)).Key ?? "Import.Skip.Other"];
}
