namespace NetworkingPlatform.TestServers;

/// <summary>Files that live in the repository, not in the build output (seeds, service content roots).</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NetworkingPlatform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"NetworkingPlatform.sln not found above {AppContext.BaseDirectory}: run from within the repository.");
    }

    public static string Seed(params string[] path) => Path.Combine([Root(), "seeds", .. path]);
}
