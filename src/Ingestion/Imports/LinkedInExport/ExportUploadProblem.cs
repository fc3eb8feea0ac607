namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

public enum ExportUploadProblem
{
    /// <summary>Not a kind of file the platform reads (415).</summary>
    Unsupported,

    /// <summary>The right kind of file, but unusable (422).</summary>
    Unprocessable,

    /// <summary>A file in it is larger than allowed (413).</summary>
    TooLarge,
}
