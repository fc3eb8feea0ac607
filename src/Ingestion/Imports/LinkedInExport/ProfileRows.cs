namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>The columns of Profile.csv, Positions.csv, Skills.csv and Languages.csv that feed the member's profile.</summary>
public static class ProfileRows
{
    public static readonly IReadOnlyList<string> ProfileColumns = ["First Name", "Last Name"];
    public static readonly IReadOnlyList<string> PositionColumns = ["Company Name", "Title"];
    public static readonly IReadOnlyList<string> NameColumn = ["Name"];

    public static IReadOnlyList<string> RequiredColumns(ExportFileKind kind) => kind switch
    {
        ExportFileKind.Profile => ProfileColumns,
        ExportFileKind.Positions => PositionColumns,
        _ => NameColumn,
    };

    /// <returns>Null when the row was taken, else why it was skipped.</returns>
    public static string? Read(ExportFileKind kind, SheetRow row, ProfileDraft draft)
    {
        switch (kind)
        {
            case ExportFileKind.Profile:
                draft.FirstName = row.Get("First Name");
                draft.LastName = row.Get("Last Name");
                draft.Headline = row.Get("Headline");
                draft.Summary = row.GetText("Summary");
                draft.Industry = row.Get("Industry");
                draft.Location = row.Get("Geo Location") ?? row.Get("Location");
                return null;
            case ExportFileKind.Positions:
                if (row.Get("Title") is not { } title)
                {
                    return "Title is empty.";
                }

                draft.Positions.Add(new ProfilePosition(title, row.Get("Company Name"), row.GetText("Description"),
                    LinkedInDates.MonthOrNull(row.Get("Started On")), LinkedInDates.MonthOrNull(row.Get("Finished On"))));
                return null;
            case ExportFileKind.Skills:
            case ExportFileKind.Languages:
                if (row.Get("Name") is not { } name)
                {
                    return "Name is empty.";
                }

                (kind == ExportFileKind.Skills ? draft.Skills : draft.Languages).Add(name);
                return null;
            default:
                return $"{kind} rows are not part of a profile.";
        }
    }
}
