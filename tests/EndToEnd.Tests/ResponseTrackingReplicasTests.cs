using System.Net;
using System.Net.Http.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// The platform with two replicas of ResponseTracking competing for the same queues and running the same forwarder:
/// every message is recorded once, every answer published once, and no figure counts anything twice.
/// </summary>
[Collection(ReplicasCollection.Name)]
public sealed class ResponseTrackingReplicasTests : IAsyncLifetime
{
    private const int Conversations = 40;
    private readonly IsolatedInfrastructure infrastructure = new();
    private readonly string apiKey = $"np_e2e_{Guid.NewGuid():N}";
    private DistributedApplication app = null!;

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, settings) => settings.Configuration!.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:postgres"] = infrastructure.PostgresConnectionString,
                ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMqConnectionString,
                ["Parameters:identity-signing-key"] = infrastructure.SigningKey,
                ["Parameters:demo-api-key"] = apiKey,
                ["Parameters:demo-password"] = $"pw-{Guid.NewGuid():N}",
                ["Replicas:responsetracking"] = "2",
            }));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await infrastructure.DisposeAsync();
    }

    [Fact]
    public async Task Two_replicas_lose_nothing_and_count_nothing_twice()
    {
        await using var bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(ConversationAnswered));
        var client = app.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var run = Guid.NewGuid().ToString("N")[..8];
        var (asker, answerer) = ($"ana-{run}", $"luis-{run}");

        // Posted one after the other (Ingestion is not what is under test); the two replicas still consume the
        // resulting batches concurrently and race on recording and forwarding them.
        for (var i = 0; i < Conversations; i++)
        {
            Assert.Equal("Accepted", await Post(client, $"{run}-c{i}", "1", asker, answerer, "2026-11-20T10:00:00Z", "Hola, ¿podemos hablar del proyecto esta semana?"));
            Assert.Equal("Accepted", await Post(client, $"{run}-c{i}", "2", answerer, asker, "2026-11-20T12:00:00Z", "Claro, el jueves me va bien."));
        }

        var figures = await Eventually.Get(async () =>
        {
            var response = await client.GetFromJsonAsync<Figures>($"/api/v1/responses/members/{answerer}/responsiveness");
            return response!.Answered == Conversations ? response : null;
        }, TimeSpan.FromSeconds(90), "every conversation answered");
        Assert.Equal((Conversations, 0, 1.0), (figures.ReplyNeedingReceived, figures.Ignored, figures.ResponseRate));
        var waiting = await client.GetFromJsonAsync<Inbox>($"/api/v1/responses/members/{answerer}/inbox");
        Assert.Equal(0, waiting!.Total);

        await Eventually.Get(() => Task.FromResult(bus.Received<ConversationAnswered>().Count(a => a.AnsweredBy == answerer) >= Conversations ? new object() : null),
            TimeSpan.FromSeconds(60), "every answer published");
        var answers = bus.Received<ConversationAnswered>().Where(a => a.AnsweredBy == answerer).ToList();
        Assert.Equal(Conversations, answers.Select(a => a.EventId).Distinct().Count());
        Assert.Equal(Conversations, answers.Select(a => a.ConversationId).Distinct().Count());
    }

    private static async Task<string> Post(HttpClient client, string conversation, string n, string from, string to, string sentAt, string body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId = conversation, messageId = $"{conversation}-{n}", from, to = new[] { to }, sentAt, body, channel = "linkedin",
        });
        return response.StatusCode == HttpStatusCode.Accepted ? "Accepted" : $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
    }

    private sealed record Figures(int ReplyNeedingReceived, int Answered, int Ignored, double? ResponseRate);

    private sealed record Inbox(long Total);
}

/// <summary>Its own AppHost, started only after the shared platform's tests: two AppHosts at once overload a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReplicasCollection
{
    public const string Name = "two ResponseTracking replicas";
}
