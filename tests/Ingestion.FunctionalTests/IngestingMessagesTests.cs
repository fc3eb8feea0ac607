using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class IngestingMessagesTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure, typeof(MessagesIngested), typeof(PeopleNamed));

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static object Message(string conversation, string id, string body = "Hola Luis, ¿podemos agendar una llamada el martes?") => new
    {
        conversationId = conversation,
        messageId = id,
        from = "Ana-Garcia",
        to = new[] { "luis-perez" },
        sentAt = "2026-11-20T10:00:00-06:00",
        body,
        channel = "linkedin",
    };

    [Fact]
    public async Task A_message_is_accepted_classified_and_published_after_its_commit()
    {
        var conversation = $"c-{Guid.NewGuid():N}";

        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "m1"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var ingested = await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation);
        Assert.Equal((scenario.Tenant, "m1", "ana-garcia", "meeting-proposal", true), (ingested.TenantId, ingested.MessageId, ingested.From, ingested.Kind, ingested.NeedsReply));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), ingested.SentAt);
    }

    [Fact]
    public async Task A_message_older_than_the_freshness_bound_is_history_a_fresh_one_is_live_and_named_people_join_the_directory()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var live = new
        {
            conversationId = conversation, messageId = "live", from = "sofia-reyes", fromName = "Sofía Reyes", to = new[] { "luis-perez" },
            toNames = new[] { "Luis Pérez" }, sentAt = DateTimeOffset.UtcNow.AddMinutes(-5), body = "¿Hablamos mañana?", channel = "linkedin",
        };

        Assert.Equal(HttpStatusCode.Accepted, (await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "old"))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await scenario.Client.PostAsJsonAsync("/api/v1/messages", live)).StatusCode);

        Assert.True((await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "old")).IsHistory);
        Assert.False((await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "live")).IsHistory);
        var named = await scenario.Bus.WaitFor<PeopleNamed>(p => p.TenantId == scenario.Tenant && p.People.Any(x => x.Handle == "sofia-reyes"));
        Assert.Equal(["Luis Pérez", "Sofía Reyes"], named.People.Select(p => p.DisplayName!).Order());
    }

    [Fact]
    public async Task A_batch_declared_a_backfill_is_history_however_recent()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var recent = new
        {
            conversationId = conversation, messageId = "b1", from = "ana-garcia", to = new[] { "luis-perez" },
            sentAt = DateTimeOffset.UtcNow.AddMinutes(-1), body = "¿Hablamos mañana?", channel = "linkedin",
        };

        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { history = true, messages = new[] { recent } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True((await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation)).IsHistory);
    }

    [Fact]
    public async Task The_same_message_id_is_taken_once()
    {
        var conversation = $"c-{Guid.NewGuid():N}";

        var first = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "m1"));
        var repeat = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "m1"));
        var next = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "m2", "Gracias"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.True((await repeat.Content.ReadFromJsonAsync<DuplicateFlag>())!.Duplicate);
        // Committed events are forwarded in order: once m2 is out, a second m1 would have been too.
        await scenario.Bus.WaitFor<MessageIngested>(m => m.ConversationId == conversation && m.MessageId == "m2");
        Assert.Single(scenario.Bus.Received<MessageIngested>(), m => m.ConversationId == conversation && m.MessageId == "m1");
    }

    [Fact]
    public async Task An_invalid_message_gets_a_problem_naming_each_field()
    {
        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages", new { conversationId = "c", to = Array.Empty<string>(), kind = "shout", channel = "fax" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["body", "channel", "from", "kind", "messageId", "sentAt", "to"], problem!.Errors.Keys.Order());
    }

    [Theory]
    [InlineData("{\"conversationId\": ")]
    [InlineData("{\"conversationId\": 12, \"sentAt\": \"yesterday\"}")]
    [InlineData("[]")]
    public async Task Malformed_json_gets_400_problem_details_not_500(string body)
    {
        var response = await scenario.Client.PostAsync("/api/v1/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_request_without_the_gateway_identity_is_refused()
    {
        var response = await scenario.Service.CreateClient().PostAsJsonAsync("/api/v1/messages", Message("c", "m"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record DuplicateFlag(bool Duplicate);
}
