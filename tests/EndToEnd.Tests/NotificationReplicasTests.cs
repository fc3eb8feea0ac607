using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// Two Notification replicas (see PlatformFixture) compete for the answers ResponseTracking's two replicas publish:
/// every answered conversation notifies the member who asked exactly once, whichever replica took it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationReplicasTests(PlatformFixture platform)
{
    private const int Conversations = 30;

    [Fact]
    public async Task Each_answered_conversation_notifies_its_asker_once_with_two_replicas()
    {
        Assert.Equal(2, (await platform.App.Ready("notification")).Count);
        var client = platform.GatewayClient(platform.DemoApiKey);
        var run = Guid.NewGuid().ToString("N")[..8];
        var (asker, answerer) = ($"elena-{run}", $"tomas-{run}");
        // Live, not history: replies to messages this old are announced.
        var askedAt = DateTimeOffset.UtcNow.AddHours(-3);
        for (var i = 0; i < Conversations; i++)
        {
            var conversation = $"{run}-n{i}";
            await Post(client, conversation, "1", asker, answerer, askedAt, "Hola Tomás, ¿te interesa colaborar en el evento de marzo?");
            await Post(client, conversation, "2", answerer, asker, askedAt.AddMinutes(90), "Sí, me interesa. Hablamos el lunes.");
        }

        var notified = await Eventually.Get(async () =>
        {
            var page = await client.GetFromJsonAsync<NotificationPage>($"/api/v1/notifications?member={asker}&pageSize=100");
            return page!.Items.Count >= Conversations ? page : null;
        }, TimeSpan.FromSeconds(90), "every asker notified");

        Assert.Equal(Conversations, notified.Items.Count);
        Assert.Equal(Conversations, notified.Items.Select(item => item.ConversationId).Distinct().Count());
    }

    private static async Task Post(HttpClient client, string conversation, string n, string from, string to, DateTimeOffset sentAt, string body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId = conversation, messageId = $"{conversation}-{n}", from, to = new[] { to }, sentAt, body, channel = "linkedin",
        });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private sealed record NotificationPage(IReadOnlyList<NotificationItem> Items);

    private sealed record NotificationItem(string? ConversationId);
}
