using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

/// <summary>RFC 8058: every email names a one-click unsubscribe link, and a POST to it stops email through the member's preferences.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class UnsubscribeTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Address = "luis@example.test";
    private readonly NotificationHarness harness = new(infrastructure);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task The_one_click_post_of_an_emails_list_unsubscribe_link_stops_email_and_keeps_the_in_app_feed()
    {
        await harness.SetPreferences("luis", new { language = "es", email = Address });
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow()));
        var email = await harness.Mail.WaitFor(Address);
        var link = email.Headers["List-Unsubscribe"]!.Trim('<', '>');
        Assert.StartsWith("http://localhost/api/v1/unsubscribe/", link);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);

        // What a mail client sends (RFC 8058 §3.2): no cookie, no credentials, just the form body.
        var unsubscribed = await harness.Anonymous().PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Contains("Te has dado de baja", await unsubscribed.Content.ReadAsStringAsync());
        var preferences = (await harness.Client().GetFromJsonAsync<Preferences>("/api/v1/preferences/luis"))!;
        Assert.All(preferences.Channels.Values, channels => Assert.Equal(["in-app"], channels));
        Assert.False(preferences.WeeklySummary);

        var next = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(next);
        await Eventually.Get(async () =>
        {
            await using var session = harness.Store.QuerySession(harness.Tenant);
            return await session.LoadAsync<InAppNotification>(InAppNotification.IdFor(next.EventId, "luis"));
        }, what: "the next nudge in the app");
        Assert.Null(await harness.Delivery(Delivery.EmailIdFor(next.EventId, "luis")));
        Assert.Single(harness.Mail.To(Address));
    }

    [Fact]
    public async Task Opening_the_link_only_asks_and_a_link_the_platform_did_not_sign_is_refused()
    {
        await harness.SetPreferences("luis", new { language = "en", email = Address });
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow()));
        var link = (await harness.Mail.WaitFor(Address)).Headers["List-Unsubscribe"]!.Trim('<', '>');

        var confirmation = await harness.Anonymous().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        var page = await confirmation.Content.ReadAsStringAsync();
        Assert.Contains("Stop emails from the platform?", page);
        Assert.Contains("<form method=\"post\">", page);
        var preferences = (await harness.Client().GetFromJsonAsync<Preferences>("/api/v1/preferences/luis"))!;
        Assert.Contains("email", preferences.Channels["reply-overdue"]);
        Assert.True(preferences.WeeklySummary);

        var forged = await harness.Anonymous().PostAsync(link[..^3] + "AAA", null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }

    private sealed record Preferences(IReadOnlyDictionary<string, IReadOnlyList<string>> Channels, bool WeeklySummary);
}
