using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using Xunit;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// A database and a RabbitMQ vhost of its own for one test run, so tests pass beside a running platform and
/// beside each other. Only what it created is removed.
/// </summary>
public sealed class IsolatedInfrastructure : IAsyncLifetime
{
    private readonly LocalServers servers = LocalServers.Load();
    private readonly string name = $"np_test_{DateTime.UtcNow:MMddHHmmss}_{Guid.NewGuid():N}"[..32];

    public string PostgresConnectionString =>
        $"Host={servers.PostgresHost};Port={servers.PostgresPort};Database={name};Username={servers.PostgresUser};Password={servers.PostgresPassword};SSL Mode=Disable;Pooling=true";

    public string RabbitMqConnectionString =>
        $"amqp://{Uri.EscapeDataString(servers.RabbitUser)}:{Uri.EscapeDataString(servers.RabbitPassword)}@{servers.RabbitHost}:{servers.RabbitPort}/{name}";

    /// <summary>A signing key of this run's own, standing for the one the Gateway and the services share.</summary>
    public string SigningKey { get; } = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    /// <summary>The run's own key-encryption key for mailbox passwords (the Mailboxes service's key rings).</summary>
    public string MailboxKey { get; } = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    /// <summary>
    /// The AppHost's configuration for a whole platform on this database and vhost: its connection strings and
    /// secret parameters, as the end-to-end, security and browser suites start it.
    /// </summary>
    public Dictionary<string, string?> AppHostSettings(string demoApiKey, string demoPassword) =>
        TestServers.AppHostSettings.For(PostgresConnectionString, RabbitMqConnectionString, SigningKey, demoApiKey, demoPassword);

    public async Task InitializeAsync()
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        using var management = ManagementClient();
        var vhost = Uri.EscapeDataString(name);
        (await management.PutAsync($"api/vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await management.PutAsync($"api/permissions/{vhost}/{Uri.EscapeDataString(servers.RabbitUser)}", permissions)).EnsureSuccessStatusCode();
    }

    /// <summary>Every queue of the run's vhost and its type (classic or quorum), from the management API.</summary>
    public async Task<IReadOnlyDictionary<string, string>> QueueTypes()
    {
        using var management = ManagementClient();
        var queues = await management.GetFromJsonAsync<BrokerQueue[]>($"api/queues/{Uri.EscapeDataString(name)}?columns=name,type")
            ?? throw new InvalidOperationException("The management API answered no queue list.");
        return queues.ToDictionary(queue => queue.Name, queue => queue.Type, StringComparer.Ordinal);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await DropDatabase();

        using var management = ManagementClient();
        await management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
    }

    // A platform's processes may still be shutting down and reconnecting when the run ends, so new connections
    // are refused first and the drop is tried again while one slips in between.
    private async Task DropDatabase()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await Eventually.Get(async () =>
        {
            try
            {
                await using var refuse = new NpgsqlCommand(
                    $"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_database WHERE datname = '{name}') THEN ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false; END IF; END $$", connection);
                await refuse.ExecuteNonQueryAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return name;
            }
            catch (PostgresException)
            {
                return null;
            }
        }, TimeSpan.FromSeconds(30), $"dropping the test database {name}");
    }

    private string AdminConnectionString =>
        $"Host={servers.PostgresHost};Port={servers.PostgresPort};Database=postgres;Username={servers.PostgresUser};Password={servers.PostgresPassword};SSL Mode=Disable;Pooling=false";

    private HttpClient ManagementClient()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{servers.RabbitHost}:{servers.RabbitManagementPort}/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{servers.RabbitUser}:{servers.RabbitPassword}")));
        return client;
    }

    private sealed record BrokerQueue(string Name, string Type);
}
