using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class SchedulingTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Zone = "America/Mexico_City";
    private const string Address = "luis@example.test";
    private readonly NotificationHarness harness = new(infrastructure);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Quiet_hours_in_the_members_time_zone_defer_the_email_nudge_until_they_end()
    {
        var quietEnd = await QuietFromAnHourAgoForTwoHours();
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(overdue);

        var deferred = await harness.WaitForDelivery(Delivery.EmailIdFor(overdue.EventId, "luis"), d => d.Status == DeliveryStatus.Pending, "the deferred email");
        Assert.Equal(quietEnd, deferred.DueAt);
        Assert.Equal(0, deferred.Attempts);
        Assert.Empty(harness.Mail.To(Address));

        harness.Advance(quietEnd - harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));

        Assert.Equal("ana is waiting for your reply", (await harness.Mail.WaitFor(Address)).Subject);
    }

    [Fact]
    public async Task A_reply_before_delivery_withdraws_the_nudge_and_nothing_is_sent()
    {
        await QuietFromAnHourAgoForTwoHours();
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        var emailId = Delivery.EmailIdFor(overdue.EventId, "luis");
        await harness.Bus.Publish(overdue);
        await harness.WaitForDelivery(emailId, d => d.Status == DeliveryStatus.Pending, "the deferred email");

        await harness.Bus.Publish(Events.Answered(harness.Tenant, overdue.ConversationId, harness.Clock.GetUtcNow()));

        await harness.WaitForDelivery(emailId, d => d.Status == DeliveryStatus.Withdrawn, "the email withdrawn");
        var luis = await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=luis");
        Assert.Equal((0, 0), (luis!.Total, luis.Unread));
        await Eventually.Get(async () => (await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=ana"))!.Total == 1 ? new object() : null,
            what: "ana told that luis replied");

        harness.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await harness.Worker.RunOnce(CancellationToken.None));
        Assert.Empty(harness.Mail.To(Address));
    }

    [Fact]
    public async Task An_answer_that_the_withdrawal_missed_while_the_email_was_queued_still_stops_the_email()
    {
        var quietEnd = await QuietFromAnHourAgoForTwoHours();
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        var emailId = Delivery.EmailIdFor(overdue.EventId, "luis");
        await harness.Bus.Publish(overdue);
        await harness.WaitForDelivery(emailId, d => d.Status == DeliveryStatus.Pending, "the deferred email");

        // The answer committed, but its look for pending nudges ran before this email was stored.
        await using (var session = harness.Store.LightweightSession(harness.Tenant))
        {
            session.Store(new ConversationAnswer { Id = ConversationAnswer.IdFor(overdue.ConversationId, "luis"), AnsweredAt = harness.Clock.GetUtcNow() });
            await session.SaveChangesAsync();
        }

        harness.Clock.Advance(quietEnd - harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        await harness.Worker.RunOnce(CancellationToken.None);

        Assert.Equal(DeliveryStatus.Withdrawn, (await harness.Delivery(emailId))!.Status);
        Assert.Empty(harness.Mail.To(Address));
    }

    [Fact]
    public async Task A_member_is_nudged_about_a_conversation_at_most_once_a_day()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var batches = harness.Factory.Consumed.Consumed<Contracts.ResponseTracking.ReplyOverdue>();
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, conversation, harness.Clock.GetUtcNow()));
        await harness.Factory.Consumed.WaitForConsumed<Contracts.ResponseTracking.ReplyOverdue>(batches + 1);
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, conversation, harness.Clock.GetUtcNow()));
        await harness.Factory.Consumed.WaitForConsumed<Contracts.ResponseTracking.ReplyOverdue>(batches + 2);

        Assert.Equal(1, (await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=luis"))!.Total);

        harness.Advance(TimeSpan.FromDays(1));
        await harness.Bus.Publish(Events.Overdue(harness.Tenant, conversation, harness.Clock.GetUtcNow()));
        await Eventually.Get(async () => (await harness.Client().GetFromJsonAsync<Page>("/api/v1/notifications?member=luis"))!.Total == 2 ? new object() : null,
            what: "the next day's nudge");
    }

    [Fact]
    public async Task Invalid_preferences_are_refused_naming_each_field()
    {
        var response = await harness.Client().PutAsJsonAsync("/api/v1/preferences/luis",
            new { timeZone = "Mars/Olympus", language = "fr", quietHours = new { start = "25:00", end = "07:00" }, channels = new Dictionary<string, string[]> { ["reply-overdue"] = ["pigeon"] } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.All(["timeZone", "language", "quietHours.start", "channels.reply-overdue"], field => Assert.Contains($"\"{field}\"", problem));
    }

    private async Task<DateTimeOffset> QuietFromAnHourAgoForTwoHours()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var local = TimeZoneInfo.ConvertTime(harness.Clock.GetUtcNow(), zone);
        var start = TimeOnly.FromDateTime(local.DateTime.AddHours(-1));
        var end = TimeOnly.FromDateTime(local.DateTime.AddHours(1));
        await harness.SetPreferences("luis", new { email = Address, timeZone = Zone, quietHours = new { start = start.ToString("HH:mm"), end = end.ToString("HH:mm") } });
        var endLocal = local.DateTime.Date + new TimeSpan(end.Hour, end.Minute, 0);
        if (endLocal < local.DateTime)
        {
            endLocal = endLocal.AddDays(1);
        }

        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }

    private sealed record Page(string Member, int Unread, int Total);
}
