namespace NetworkingPlatform.TestServers;

/// <summary>
/// Where the machine's PostgreSQL and RabbitMQ are and how to log in: the NP_* variables that test.sh exports,
/// else the credentials file that scripts/infra.sh writes.
/// </summary>
public sealed record LocalServers(
    string PostgresHost, int PostgresPort, string PostgresUser, string PostgresPassword,
    string RabbitHost, int RabbitPort, int RabbitManagementPort, string RabbitUser, string RabbitPassword)
{
    public static LocalServers Load()
    {
        var values = ReadCredentialsFile();
        string Get(string name) => Environment.GetEnvironmentVariable(name) ?? values.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"{name} is not set: run the tests through ./test.sh, which starts the servers.");
        return new LocalServers(
            Get("NP_PG_HOST"), int.Parse(Get("NP_PG_PORT")), Get("NP_PG_USER"), Get("NP_PG_PASSWORD"),
            Get("NP_RABBIT_HOST"), int.Parse(Get("NP_RABBIT_PORT")), int.Parse(Get("NP_RABBIT_MANAGEMENT_PORT")),
            Get("NP_RABBIT_USER"), Get("NP_RABBIT_PASSWORD"));
    }

    internal static Dictionary<string, string> ReadCredentialsFile()
    {
        var stateHome = Environment.GetEnvironmentVariable("XDG_STATE_HOME")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        var path = Environment.GetEnvironmentVariable("NP_CREDENTIALS_FILE")
            ?? Path.Combine(Environment.GetEnvironmentVariable("NP_STATE_DIR") ?? Path.Combine(stateHome, "networkingplatform"), "credentials.env");
        if (!File.Exists(path))
        {
            return [];
        }

        return File.ReadAllLines(path)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim());
    }
}
