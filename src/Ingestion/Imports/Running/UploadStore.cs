using NetworkingPlatform.Ingestion.Imports.LinkedInExport;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// Keeps uploads on disk until imported, with a small manifest beside each, so an import interrupted by a restart
/// resumes. Each database gets its own folder: services of different environments on one machine never pick up
/// each other's uploads.
/// </summary>
public sealed class UploadStore
{
    private readonly string root;

    public UploadStore(IOptions<ImportOptions> options, NpgsqlDataSource dataSource)
    {
        var database = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database ?? "default";
        root = options.Value.UploadsDirectory is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "networkingplatform-uploads", database);
        Directory.CreateDirectory(root);
    }

    /// <returns>The path of the saved upload; it is imported only once <see cref="Register"/>ed.</returns>
    /// <exception cref="ExportUploadException">The content is longer than <paramref name="maxBytes"/>; nothing is kept.</exception>
    public async Task<string> Save(string importId, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, $"{importId}.upload");
        await using (var file = File.Create(path))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total <= maxBytes)
            {
                return path;
            }
        }

        Discard(path);
        throw new ExportUploadException(ExportUploadProblem.TooLarge, $"The upload is larger than {maxBytes:N0} bytes.");
    }

    public async Task Register(ImportWork work, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(ManifestOf(work.UploadPath), JsonSerializer.Serialize(work), cancellationToken);

    /// <summary>Uploads whose import had not finished when the service stopped.</summary>
    public IEnumerable<ImportWork> Unfinished() =>
        Directory.EnumerateFiles(root, "*.upload.json")
            .Select(manifest => JsonSerializer.Deserialize<ImportWork>(File.ReadAllText(manifest)))
            .OfType<ImportWork>()
            .Where(work => File.Exists(work.UploadPath));

    /// <summary>Claims an upload for this process; another replica holding it makes this return null.</summary>
    public static FileStream? TryClaim(ImportWork work)
    {
        try
        {
            return new FileStream($"{work.UploadPath}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static void Delete(ImportWork work)
    {
        File.Delete(ManifestOf(work.UploadPath));
        File.Delete(work.UploadPath);
    }

    public static void Discard(string path) => File.Delete(path);

    private static string ManifestOf(string uploadPath) => $"{uploadPath}.json";
}
