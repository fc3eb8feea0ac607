namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

public sealed class ExportUploadException(ExportUploadProblem problem, string message) : Exception(message)
{
    public ExportUploadProblem Problem { get; } = problem;
}
