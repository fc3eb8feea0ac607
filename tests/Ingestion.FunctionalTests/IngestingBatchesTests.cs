using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Messages.IngestingBatch;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class IngestingBatchesTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ImportScenario scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static object Message(string conversation, string id, string from = "ana", string to = "luis", string body = "¿Nos vemos el lunes?", object? sentAt = null) => new
    {
        conversationId = conversation,
        messageId = id,
        from,
        to = new[] { to },
        sentAt = sentAt ?? "2026-11-20T10:00:00Z",
        body,
        channel = "api",
    };

    [Fact]
    public async Task A_batch_is_taken_whole_repeats_inside_and_across_batches_are_recognised_and_published_in_bus_batches()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var messages = Enumerable.Range(0, 1200).Select(i => Message(conversation, $"m{i}", body: $"mensaje {i}: ¿me ayudas?")).ToList();
        messages.Add(Message(conversation, "m0"));

        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages });
        var repeat = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages = messages.Take(10) });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<IngestBatchResponse>())!;
        Assert.Equal((1200, 1, 1201), (answer.Accepted, answer.Duplicates, answer.Messages.Count));
        Assert.True(answer.Messages[^1].Duplicate);
        Assert.Equal(10, (await repeat.Content.ReadFromJsonAsync<IngestBatchResponse>())!.Duplicates);
        await Eventually.Get(() => Task.FromResult(scenario.Published<MessageIngested>().Count >= 1200 ? "all" : null), what: "1200 messages published");
        Assert.Equal(1200, scenario.Published<MessageIngested>().Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(1200, scenario.Published<MessageIngested>().Count);
        Assert.All(scenario.Published<MessagesIngested>(), batch => Assert.InRange(batch.Messages.Count, 1, 500));
    }

    [Fact]
    public async Task Concurrent_requests_are_each_answered_and_the_same_message_sent_at_once_is_taken_once()
    {
        var conversation = $"c-{Guid.NewGuid():N}";

        var distinct = Enumerable.Range(0, 80).Select(i => scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, $"m{i}")));
        var same = Enumerable.Range(0, 10).Select(_ => scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "same")));
        var responses = await Task.WhenAll(distinct.Concat(same));

        Assert.All(responses.Take(80), r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(1, responses.Skip(80).Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(9, responses.Skip(80).Count(r => r.StatusCode == HttpStatusCode.OK));
        await Eventually.Get(() => Task.FromResult(scenario.Published<MessageIngested>().Count >= 81 ? "all" : null), what: "81 messages published");
        Assert.Single(scenario.Published<MessageIngested>(), m => m.MessageId == "same");
    }

    [Fact]
    public async Task One_invalid_message_rejects_the_batch_and_is_named_by_its_position()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new
        {
            messages = new[] { Message(conversation, "ok"), Message(conversation, "bad", from: ""), Message(conversation, "ok2") },
        });
        var invalidSentAt = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new
        {
            messages = new object[] { Message(conversation, "ok"), new { conversationId = conversation, messageId = "x", from = "ana", to = new[] { "luis" }, body = "hola" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["messages[1].from"], (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(["messages[1].sentAt"], (await invalidSentAt.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        var ok = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(conversation, "ok"));
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
    }

    [Fact]
    public async Task More_than_ten_thousand_messages_or_none_are_refused()
    {
        var tooMany = Enumerable.Range(0, IngestBatchEndpoint.MaxMessages + 1).Select(i => Message("c", $"m{i}"));

        var over = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages = tooMany });
        var empty = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        Assert.Contains("10000", string.Join(' ', (await over.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["messages"]).Replace(",", ""), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_first_answer_and_another_request_with_it_is_refused()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();

        var first = await Send(Message(conversation, "m1"), key);
        var retry = await Send(Message(conversation, "m1"), key);
        var other = await Send(Message(conversation, "m2"), key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Invitations_and_profiles_are_taken_once_per_state_and_published()
    {
        var invitation = new { invitationId = $"inv-{Guid.NewGuid():N}", from = "ana", to = "Luis", sentAt = "2026-11-01T09:00:00Z", message = "¡Conectemos!" };
        var pending = await scenario.Client.PostAsJsonAsync("/api/v1/invitations", invitation);
        var again = await scenario.Client.PostAsJsonAsync("/api/v1/invitations", invitation);
        var accepted = await scenario.Client.PostAsJsonAsync("/api/v1/invitations", new { invitation.invitationId, invitation.from, invitation.to, invitation.sentAt, acceptedAt = "2026-11-02T10:00:00Z" });
        var profile = new { headline = "Data lead", skills = new[] { "SQL", "sql", "Python" }, positions = new[] { new { title = "Head of Data", company = "Acme" } } };
        var changed = await scenario.Client.PutAsJsonAsync("/api/v1/profiles/Ana", profile);
        var unchanged = await scenario.Client.PutAsJsonAsync("/api/v1/profiles/ana", profile);
        var invalid = await scenario.Client.PutAsJsonAsync("/api/v1/profiles/ana", new { positions = new[] { new { title = "" } } });

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.Accepted), (pending.StatusCode, again.StatusCode, accepted.StatusCode));
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.BadRequest), (changed.StatusCode, unchanged.StatusCode, invalid.StatusCode));
        Assert.Equal(["positions[0].title"], (await invalid.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        var published = await Eventually.Get(() => Task.FromResult(scenario.Published<InvitationIngested>().Count == 2 ? scenario.Published<InvitationIngested>() : null), what: "two invitation states");
        Assert.Equal([null, new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero)], published.Select(i => i.AcceptedAt).OrderBy(a => a));
        Assert.All(published, i => Assert.Equal(("ana", "luis"), (i.From, i.To)));
        var ingested = await scenario.Bus.WaitFor<MemberProfileIngested>(p => p.TenantId == scenario.Tenant);
        Assert.Equal("ana", ingested.Member);
        Assert.Equal(["SQL", "Python"], ingested.Skills);
        Assert.Single(scenario.Published<MemberProfileIngested>());
    }

    private Task<HttpResponseMessage> Send(object message, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/messages") { Content = JsonContent.Create(message) };
        request.Headers.Add("Idempotency-Key", key);
        return scenario.Client.SendAsync(request);
    }
}
