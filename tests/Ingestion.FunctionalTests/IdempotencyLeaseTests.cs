using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>
/// An Idempotency-Key never stays claimed for good: a claim whose request died is taken over once its lease ran out, a
/// request whose work failed leaves its key free, and requests racing with one key get one answer.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class IdempotencyLeaseTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure, typeof(MessagesIngested));

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static string Message(string conversation, string id) => JsonSerializer.Serialize(new
    {
        conversationId = conversation,
        messageId = id,
        from = "ana-garcia",
        to = new[] { "luis-perez" },
        sentAt = DateTimeOffset.UtcNow.AddMinutes(-1),
        body = "¿Podemos hablar mañana?",
    });

    /// <summary>The hash the service keeps for a POST of <paramref name="json"/>, so a left claim can stand for that very request.</summary>
    private static string RequestHash(string json) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"POST /api/v1/messages\n{json}")));

    [Fact]
    public async Task A_claim_left_by_a_request_that_died_is_taken_over_once_its_lease_ran_out_and_not_before()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        // What a request leaves behind when its process dies, or when it failed while the database was unreachable.
        var first = Message(conversation, "m1");
        var second = Message(conversation, "m2");
        await LeaveClaim("died-a-while-ago", RequestHash(first), TimeSpan.FromSeconds(35));
        await LeaveClaim("still-running", RequestHash(second), TimeSpan.Zero);

        var takenOver = await Send(first, "died-a-while-ago");
        var refused = await Send(second, "still-running");

        Assert.Equal(HttpStatusCode.Accepted, takenOver.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "m1");
    }

    [Fact]
    public async Task An_import_takes_over_a_claim_whose_lease_ran_out()
    {
        await LeaveClaim("import-died", "another attempt", TimeSpan.FromSeconds(35));
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports?member=ana-garcia")
        {
            Content = new StringContent("CONVERSATION ID,FROM,TO,DATE,CONTENT\n", Encoding.UTF8, "text/csv"),
        };
        upload.Headers.Add("Idempotency-Key", "import-died");

        var response = await scenario.Client.SendAsync(upload);

        Assert.NotEqual(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_request_whose_work_failed_leaves_its_key_free_and_its_retry_runs_again()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var trigger = $"refuse_{Guid.NewGuid():N}";
        await Execute($"""
            CREATE FUNCTION ingestion.{trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF NEW.key = 'message:refused' THEN RAISE EXCEPTION 'the store refuses this key'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER {trigger} BEFORE INSERT ON ingestion.ingested_keys FOR EACH ROW EXECUTE FUNCTION ingestion.{trigger}();
            """);

        var message = Message(conversation, "refused");
        var failed = await Send(message, "fails-first");
        await Execute($"DROP TRIGGER {trigger} ON ingestion.ingested_keys; DROP FUNCTION ingestion.{trigger}();");
        var retried = await Send(message, "fails-first");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "refused");
    }

    [Fact]
    public async Task Requests_racing_with_one_key_get_one_answer_and_take_the_message_once()
    {
        var conversation = $"c-{Guid.NewGuid():N}";

        var message = Message(conversation, "raced");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Send(message, "raced-key")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal(19, answers.Count(a => a.Headers.Contains("Idempotent-Replayed")));
        await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "raced");
        Assert.Single(scenario.Bus.Received<MessageIngested>(), m => m.ConversationId == conversation);
    }

    private Task<HttpResponseMessage> Send(string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return scenario.Client.SendAsync(request);
    }

    private Task LeaveClaim(string key, string requestHash, TimeSpan age) => Execute(
        "INSERT INTO ingestion.idempotency_records (tenant_id, key, request_hash, created_at) VALUES ($1, $2, $3, now() - $4)",
        scenario.Tenant, key, requestHash, age);

    private async Task Execute(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(infrastructure.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }
}
