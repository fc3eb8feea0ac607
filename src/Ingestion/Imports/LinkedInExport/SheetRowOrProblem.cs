namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

public readonly record struct SheetRowOrProblem(SheetRow? Value, int Line, string? ProblemReason)
{
    public static SheetRowOrProblem Row(SheetRow row) => new(row, row.Line, null);

    public static SheetRowOrProblem Problem(int line, string reason) => new(null, line, reason);
}
