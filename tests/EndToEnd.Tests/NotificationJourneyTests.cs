using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Aspire.Hosting.Testing;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class NotificationJourneyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_nudge_reaches_the_member_live_and_by_email_and_a_one_click_answer_answers_the_conversation()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var (ana, luis, conversation) = ($"ana-{id}", $"luis-{id}", $"e2e-{id}");
        var address = $"{luis}@example.test";
        var client = platform.GatewayClient(platform.DemoApiKey);
        var sentAt = DateTimeOffset.UtcNow.AddDays(-3);
        (await client.PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId = conversation, messageId = $"{conversation}-m1", from = ana, to = new[] { luis }, sentAt,
            body = "Hola, ¿podemos agendar una llamada esta semana?", channel = "linkedin",
        })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/v1/preferences/{luis}", new { email = address, language = "es" })).EnsureSuccessStatusCode();

        using var stream = await client.GetAsync($"/api/v1/notifications/stream?member={luis}", HttpCompletionOption.ResponseHeadersRead);
        await using var events = SseParser.Create(await stream.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));

        // The deadline sweep that publishes ReplyOverdue belongs to ResponseTracking; here the event stands in for it.
        await using var bus = await TestBus.Start(platform.Infrastructure.RabbitMqConnectionString);
        await bus.Publish(new ReplyOverdue(Guid.NewGuid(), "demo", DateTimeOffset.UtcNow, conversation, luis, ana, $"{conversation}-m1",
            "meeting-proposal", "Hola, ¿podemos agendar una llamada esta semana?", sentAt, DateTimeOffset.UtcNow.AddHours(-1)));

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        using var pushed = JsonDocument.Parse(events.Current.Data);
        var nudgeId = pushed.RootElement.GetProperty("id").GetString();
        Assert.Equal($"{ana} espera tu respuesta", pushed.RootElement.GetProperty("title").GetString());

        var mailbox = platform.App.CreateHttpClient("smtp4dev", "http");
        await Eventually.Get(async () => (await mailbox.GetStringAsync("/api/messages")).Contains(address) ? new object() : null, what: "the email in smtp4dev");

        var answered = await client.PostAsync($"/api/v1/notifications/{nudgeId}/answers/decline", null);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        await Eventually.Get(async () =>
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{conversation}");
            return status.GetProperty("state").GetString() == "answered" ? new object() : null;
        }, what: "the conversation answered by the one-click decline");
    }
}
