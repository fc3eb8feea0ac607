namespace NetworkingPlatform.ClassifierTraining;

/// <summary>The repository's files this tool reads and writes, found from wherever it runs inside the repository.</summary>
public static class RepositoryFiles
{
    public static string TuningSet => Path.Combine(Root(), "seeds", "classification", "tuning.csv");

    public static string HeldOutSet => Path.Combine(Root(), "seeds", "classification", "held-out.csv");

    public static string Model => Path.Combine(Root(), "src", "Ingestion", "Classification", "message-kind-model.zip");

    private static string Root()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetworkingPlatform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("NetworkingPlatform.sln not found above the current directory: run from within the repository.");
    }
}
