namespace NetworkingPlatform.Platform.Bench;

/// <summary>The machine's PostgreSQL and RabbitMQ, from the NP_* variables scripts/platform-env.sh exports.</summary>
public sealed record LocalServers(string PgHost, string PgPort, string PgUser, string PgPassword, string RabbitHost, string RabbitManagementPort, string RabbitUser, string RabbitPassword)
{
    public static LocalServers FromEnvironment()
    {
        static string Get(string name) => Environment.GetEnvironmentVariable(name)
            ?? throw new InvalidOperationException($"{name} is not set: run the benchmark through bench/platform-bench.sh.");
        return new LocalServers(Get("NP_PG_HOST"), Get("NP_PG_PORT"), Get("NP_PG_USER"), Get("NP_PG_PASSWORD"),
            Get("NP_RABBIT_HOST"), Get("NP_RABBIT_MANAGEMENT_PORT"), Get("NP_RABBIT_USER"), Get("NP_RABBIT_PASSWORD"));
    }

    public string PostgresConnection(string database) =>
        $"Host={PgHost};Port={PgPort};Database={database};Username={PgUser};Password={PgPassword};SSL Mode=Disable";

    public Uri RabbitManagement => new($"http://{RabbitHost}:{RabbitManagementPort}/");
}
