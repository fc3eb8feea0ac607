using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed partial class NudgeTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task A_nudge_arrives_on_the_live_stream_in_the_list_and_by_email_in_the_members_language()
    {
        await harness.SetPreferences("luis", new { language = "en", email = "luis@example.test" });
        using var response = await harness.Client().GetAsync("/api/v1/notifications/stream?member=luis", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var events = SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("unread", events.Current.EventType);

        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(overdue);

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("notification", events.Current.EventType);
        var pushed = JsonSerializer.Deserialize<Item>(events.Current.Data, JsonSerializerOptions.Web)!;
        Assert.Equal("ana is waiting for your reply", pushed.Title);
        Assert.Equal(["decline", "tell-me-more", "lets-meet"], pushed.Answers);

        var page = await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=luis");
        Assert.Equal(1, page!.Unread);
        Assert.Equal(pushed.Id, Assert.Single(page.Items).Id);

        var email = await harness.Mail.WaitFor("luis@example.test");
        Assert.Equal("ana is waiting for your reply", email.Subject);
        Assert.Contains("Tell me more", email.TextBody);
        Assert.Contains("“¿Podemos hablar el jueves?”", email.TextBody);
        Assert.Equal(3, Regex.Count(email.HtmlBody!, "href=\"http://localhost/api/v1/answers/"));
        Assert.Equal(3, AnswerLinks(email.TextBody).Count);
    }

    [Fact]
    public async Task An_email_link_posts_one_real_reply_to_ingestion_and_works_once()
    {
        await harness.SetPreferences("luis", new { language = "es", email = "luis@example.test" });
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(overdue);
        var email = await harness.Mail.WaitFor("luis@example.test");
        Assert.Equal("ana espera tu respuesta", email.Subject);
        var links = AnswerLinks(email.TextBody);
        var decline = links["No, gracias"];

        var confirmation = await harness.Anonymous().GetAsync(decline);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("<form method=\"post\">", await confirmation.Content.ReadAsStringAsync());
        Assert.Empty(harness.Ingestion.Received);

        var answered = await harness.Anonymous().PostAsync(decline, null);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var posted = Assert.Single(harness.Ingestion.Received);
        Assert.Equal("/api/v1/messages", posted.Path);
        var reply = JsonSerializer.Deserialize<Reply>(posted.Body, JsonSerializerOptions.Web)!;
        Assert.Equal((overdue.ConversationId, "luis", "ana", "decline", "portal"), (reply.ConversationId, reply.From, Assert.Single(reply.To), reply.Kind, reply.Channel));
        Assert.StartsWith("No, gracias", reply.Body);
        var identity = await new JsonWebTokenHandler().ValidateTokenAsync(posted.Headers["Authorization"]["Bearer ".Length..], new TokenValidationParameters
        {
            ValidIssuer = "networkingplatform-gateway",
            ValidAudience = "networkingplatform-services",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(harness.SigningKey)),
            ValidateLifetime = false,
        });
        Assert.True(identity.IsValid, identity.Exception?.Message);
        Assert.Equal(harness.Tenant, identity.Claims["tenant"]);
        Assert.Equal("luis", identity.Claims["member"]);

        Assert.Equal(HttpStatusCode.Gone, (await harness.Anonymous().PostAsync(links["Agendemos"], null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await harness.Anonymous().PostAsync(decline[..^3] + "AAA", null)).StatusCode);
        Assert.Single(harness.Ingestion.Received);
    }

    [Fact]
    public async Task An_email_link_shows_the_reply_really_sent_in_the_members_language_then_what_was_sent_then_that_it_was_answered()
    {
        await harness.SetPreferences("luis", new { language = "en", email = "luis@example.test" });
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow()));
        var decline = AnswerLinks((await harness.Mail.WaitFor("luis@example.test")).TextBody)["No, thanks"];

        var confirmation = await (await harness.Anonymous().GetAsync(decline)).Content.ReadAsStringAsync();
        var sent = await harness.Anonymous().PostAsync(decline, null);
        var again = await harness.Anonymous().GetAsync(decline);

        Assert.Contains("<html lang=\"en\">", confirmation);
        Assert.Contains("No, thanks. It is not for me right now, but thank you for the message.", confirmation);
        Assert.DoesNotContain("gracias", confirmation, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((HttpStatusCode.OK, "text/html"), (sent.StatusCode, sent.Content.Headers.ContentType!.MediaType));
        Assert.Contains("Your answer was sent", await sent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        var answered = await again.Content.ReadAsStringAsync();
        Assert.Contains("Already answered", answered);
        Assert.DoesNotContain("<form", answered);
        var reply = JsonSerializer.Deserialize<Reply>(Assert.Single(harness.Ingestion.Received).Body, JsonSerializerOptions.Web)!;
        Assert.Equal("No, thanks. It is not for me right now, but thank you for the message.", reply.Body);
    }

    [Fact]
    public async Task An_email_link_expires()
    {
        await harness.SetPreferences("luis", new { email = "luis@example.test" });
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow()));
        var link = AnswerLinks((await harness.Mail.WaitFor("luis@example.test")).TextBody)["Tell me more"];

        harness.Advance(TimeSpan.FromDays(8));

        var response = await harness.Anonymous().PostAsync(link, null);
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync());
        Assert.Empty(harness.Ingestion.Received);
    }

    [Fact]
    public async Task An_in_app_answer_posts_the_reply_and_a_second_click_conflicts()
    {
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow()));
        var nudge = await Eventually.Get(async () => (await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=luis"))!.Items.FirstOrDefault());
        var client = harness.Client();

        var unknown = await client.PostAsync($"/api/v1/notifications/{nudge.Id}/answers/maybe", null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"answer\"", await unknown.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/notifications/{nudge.Id}/answers/tell-me-more", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/notifications/{nudge.Id}/answers/decline", null)).StatusCode);

        var reply = JsonSerializer.Deserialize<Reply>(Assert.Single(harness.Ingestion.Received).Body, JsonSerializerOptions.Web)!;
        Assert.Equal("question", reply.Kind);
        var page = await client.GetFromJsonAsync<Page>("/api/v1/notifications?member=luis");
        Assert.Equal("tell-me-more", Assert.Single(page!.Items).AnsweredWith);
        Assert.Empty(page.Items[0].Answers);
    }

    private static Dictionary<string, string> AnswerLinks(string? text) => LinkPattern().Matches(text ?? string.Empty)
        .ToDictionary(match => match.Groups["label"].Value, match => new Uri(match.Groups["url"].Value).PathAndQuery);

    [GeneratedRegex(@"^  (?<label>[^:\r\n]+): (?<url>http://localhost/api/v1/answers/[A-Za-z0-9_\-\.]+)\r?$", RegexOptions.Multiline)]
    private static partial Regex LinkPattern();

    private sealed record Page(string Member, int Unread, int Total, int? Next, IReadOnlyList<Item> Items);

    private sealed record Item(string Id, string Type, string Title, string? ConversationId, bool Read, IReadOnlyList<string> Answers, string? AnsweredWith);

    private sealed record Reply(string ConversationId, string MessageId, string From, IReadOnlyList<string> To, string Body, string Channel, string Kind);
}
