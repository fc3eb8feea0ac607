using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// A new organisation imports the demo export: months of history are recorded, and the member hears of it once — one
/// notification, one webhook delivery, in the language they signed up in — while a live reply afterwards is announced.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class QuietHistoryTests(PlatformFixture platform)
{
    private const string Member = "german-cruz-29c83";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task Importing_the_demo_export_announces_only_its_summary_and_a_live_reply_afterwards_still_notifies()
    {
        var client = await NewOrganisation();
        var hook = await client.PostAsJsonAsync("/api/v1/webhooks", new
        {
            url = $"https://{PlatformFixture.WebhookHost}/np", eventTypes = new[] { "import-completed", "conversation-answered", "reply-overdue" },
        });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var hookId = (await hook.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(RepositoryPaths.Seed("linkedin", "Basic_LinkedInDataExport_11-20-2026.zip")));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        upload.Add(file, "file", "Basic_LinkedInDataExport_11-20-2026.zip");
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/v1/imports?member={Member}", upload)).StatusCode);

        var summary = await Eventually.Get(async () => (await Notifications(client)).SingleOrDefault(n => n.Type == "import-completed"),
            TimeSpan.FromMinutes(2), "the import's summary notification");
        // Whatever the import could still set off would have arrived by now: the summary comes after everything is recorded.
        await Task.Delay(Settle);
        Assert.Equal([summary], await Notifications(client));
        Assert.Equal(["import-completed"], await WebhookEvents(client, hookId!));
        // In the language the organisation signed up in, with what the import brought.
        Assert.Equal("Tu importación terminó", summary.Title);
        Assert.Matches(@"^\d+ conversaciones importadas; \d+ esperan? tu respuesta y en \d+ esperas la respuesta de otros\.$", summary.Body);
        Assert.Equal("es", (await client.GetFromJsonAsync<JsonElement>($"/api/v1/preferences/{Member}")).GetProperty("language").GetString());

        // People by name: the inbox names the export's people and titles conversations by them, not by slugs or ids.
        var wait = await Eventually.Get(async () =>
        {
            var first = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/responses/members/{Member}/inbox?view=waiting-on-others")).GetProperty("items")[0];
            var named = new Wait(first.GetProperty("conversationId").GetString()!, first.GetProperty("members")[0].GetString()!,
                first.GetProperty("displayNames")[0].GetString()!, first.GetProperty("title").GetString()!);
            return named.Name != named.Member ? named : null;
        }, what: "the inbox showing people by name");
        var (conversation, counterpart, counterpartName) = (wait.Conversation, wait.Member, wait.Name);
        Assert.Equal(counterpartName, wait.Title);
        Assert.Contains(' ', counterpartName);
        var reply = await client.PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId = conversation, messageId = $"live-{Guid.NewGuid():N}", from = counterpart, to = new[] { Member },
            sentAt = DateTimeOffset.UtcNow, body = "Perdón la demora, aquí va mi respuesta: sí, me interesa.", channel = "linkedin",
        });
        Assert.Equal(HttpStatusCode.Accepted, reply.StatusCode);

        var answered = await Eventually.Get(async () => (await Notifications(client)).SingleOrDefault(n => n.Type == "conversation-answered"),
            what: "the live reply's notification");
        Assert.Equal(conversation, answered.ConversationId);
        Assert.Equal($"{counterpartName} respondió", answered.Title);
        await Eventually.Get(async () => (await WebhookEvents(client, hookId!)).Count == 2 ? new object() : null, what: "the live reply's webhook");
    }

    private async Task<HttpClient> NewOrganisation()
    {
        var anonymous = platform.GatewayClient(null);
        var signUp = await anonymous.PostAsJsonAsync("/api/v1/account/sign-up", new
        {
            organisationName = "Consultora Cruz", displayName = "Germán Cruz", email = $"german-{Guid.NewGuid():N}@example.test",
            password = "una clave bien larga", memberHandle = Member, language = "es",
        });
        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        var cookie = signUp.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("np_session=", StringComparison.Ordinal));
        using var withSession = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tenant/api-keys")
        {
            Content = JsonContent.Create(new { name = "first hour", scopes = new[] { "read", "write", "admin" } }),
        };
        withSession.Headers.Add("Cookie", cookie);
        var key = await platform.GatewayClient(null).SendAsync(withSession);
        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        return platform.GatewayClient((await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString());
    }

    private static async Task<IReadOnlyList<Notification>> Notifications(HttpClient client) =>
        (await client.GetFromJsonAsync<NotificationPage>($"/api/v1/notifications?member={Member}&pageSize=100"))!.Items;

    private static async Task<IReadOnlyList<string>> WebhookEvents(HttpClient client, string hookId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/webhooks/{hookId}/deliveries?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(d => d.GetProperty("eventType").GetString()!)];

    private sealed record NotificationPage(IReadOnlyList<Notification> Items);

    private sealed record Wait(string Conversation, string Member, string Name, string Title);

    private sealed record Notification(string Id, string Type, string Title, string Body, string? ConversationId);
}
