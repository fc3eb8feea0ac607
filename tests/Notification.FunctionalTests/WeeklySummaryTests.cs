using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.WeeklySummaries;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class WeeklySummaryTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Zone = "America/Mexico_City";
    private const string Address = "luis@example.test";
    private readonly NotificationHarness harness = new(infrastructure);

    public async Task InitializeAsync()
    {
        await harness.InitializeAsync();
        harness.ResponseTracking.Body = request => request.Path.Contains("/responsiveness")
            ? new
            {
                member = "luis", replyNeedingReceived = 10, answered = 6, declined = 2, ignored = 2, responseRate = 0.8,
                firstReplyTime = new { count = 8, median = "03:00:00", p90 = "1.02:00:00" },
                badge = new { en = "usually replies within a few hours", es = "suele responder en pocas horas" },
            }
            : new { member = "luis", view = "waiting-on-you", total = 3, items = Array.Empty<object>() };
    }

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task On_monday_morning_in_their_time_zone_a_member_gets_their_responsiveness_in_their_language_once()
    {
        await harness.SetPreferences("luis", new { language = "es", email = Address, timeZone = Zone, digestAt = "08:00" });
        MoveTo(NextLocal(DayOfWeek.Sunday, new TimeOnly(20, 0)));  // the previous Monday's summary is past its catch-up window
        await harness.WeeklySummaries.RunOnce(CancellationToken.None);
        Assert.Empty(harness.ResponseTracking.Received);

        MoveTo(NextLocal(DayOfWeek.Monday, new TimeOnly(8, 1)));
        await harness.WeeklySummaries.RunOnce(CancellationToken.None);

        var email = await harness.Mail.WaitFor(Address);
        Assert.Equal("Tu semana en NetworkingPlatform: cómo respondes", email.Subject);
        Assert.Contains("Suele responder en pocas horas.", email.TextBody);
        Assert.Contains("Tasa de respuesta (90 días): 80", email.TextBody);
        Assert.Contains("Respondidos / declinados / sin respuesta: 6 / 2 / 2", email.TextBody);
        Assert.Contains("Mediana de primera respuesta: 3 horas", email.TextBody);
        Assert.Contains("Conversaciones que esperan tu respuesta: 3", email.TextBody);
        Assert.Contains("<html lang=\"es\">", email.HtmlBody);

        var asked = harness.ResponseTracking.Received.Where(r => r.Method == HttpMethods.Get).ToList();
        Assert.Equal(["/api/v1/responses/members/luis/responsiveness", "/api/v1/responses/members/luis/inbox?view=waiting-on-you&pageSize=1"], asked.Select(r => r.Path));
        var claims = await Validate(asked[0].Headers["Authorization"]["Bearer ".Length..]);
        Assert.Equal((harness.Tenant, "luis", "read", "service:notification"),
            ((string)claims["tenant"], (string)claims["member"], (string)claims["scope"], (string)claims["sub"]));

        harness.Advance(TimeSpan.FromHours(20));
        await harness.WeeklySummaries.RunOnce(CancellationToken.None);
        await harness.Worker.RunOnce(CancellationToken.None);
        Assert.Single(harness.Mail.To(Address));
    }

    [Fact]
    public async Task Two_replicas_and_a_restart_send_it_once_and_the_next_week_brings_the_next()
    {
        await harness.SetPreferences("luis", new { language = "en", email = Address, timeZone = Zone });
        MoveTo(NextLocal(DayOfWeek.Monday, new TimeOnly(9, 0)));
        var second = await harness.StartReplica();

        await Task.WhenAll(
            harness.WeeklySummaries.RunOnce(CancellationToken.None),
            second.Services.GetRequiredService<WeeklySummaryScheduler>().RunOnce(CancellationToken.None));
        Assert.Equal("Your week on NetworkingPlatform: how you answer", (await harness.Mail.WaitFor(Address)).Subject);

        var restarted = await harness.StartReplica();
        await restarted.Services.GetRequiredService<WeeklySummaryScheduler>().RunOnce(CancellationToken.None);
        await harness.Worker.RunOnce(CancellationToken.None);
        Assert.Single(harness.Mail.To(Address));
        Assert.Equal(2, harness.ResponseTracking.Received.Count);

        harness.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await restarted.Services.GetRequiredService<WeeklySummaryScheduler>().RunOnce(CancellationToken.None));
        // The test drives the delivery worker itself, as above, instead of waiting on a background loop's timing.
        await Eventually.Get(async () =>
        {
            await harness.Worker.RunOnce(CancellationToken.None);
            return harness.Mail.To(Address).Count == 2 ? new object() : null;
        }, what: "the next week's summary");
    }

    [Fact]
    public async Task Members_who_opted_out_get_none_and_one_whom_ResponseTracking_cannot_answer_now_gets_it_later()
    {
        await harness.SetPreferences("ana", new { email = "ana@example.test", weeklySummary = false });
        await harness.SetPreferences("luis", new { email = Address, timeZone = Zone });
        harness.ResponseTracking.Respond = _ => StatusCodes.Status503ServiceUnavailable;
        MoveTo(NextLocal(DayOfWeek.Monday, new TimeOnly(10, 0)));

        Assert.Equal(0, await harness.WeeklySummaries.RunOnce(CancellationToken.None));
        Assert.DoesNotContain(harness.ResponseTracking.Received, r => r.Path.Contains("/ana/"));

        harness.ResponseTracking.Respond = _ => StatusCodes.Status200OK;
        Assert.Equal(1, await harness.WeeklySummaries.RunOnce(CancellationToken.None));
        await harness.Mail.WaitFor(Address);
        Assert.Empty(harness.Mail.To("ana@example.test"));
    }

    [Fact]
    public async Task Each_member_carries_their_next_due_time_and_one_stored_before_that_existed_is_scheduled_by_the_first_scan()
    {
        MoveTo(NextLocal(DayOfWeek.Thursday, new TimeOnly(12, 0)));  // this week's summary is past its catch-up window
        await harness.SetPreferences("luis", new { email = Address, timeZone = Zone });
        Assert.Equal(NextLocal(DayOfWeek.Monday, new TimeOnly(8, 0)), (await Preferences("luis")).WeeklySummaryDueAt);
        await using (var session = harness.Store.LightweightSession(harness.Tenant))
        {
            session.Store(new MemberPreferences { Id = "ana", Email = "ana@example.test", TimeZone = Zone });
            await session.SaveChangesAsync();
        }

        MoveTo(NextLocal(DayOfWeek.Monday, new TimeOnly(9, 0)));
        Assert.Equal(2, await harness.WeeklySummaries.RunOnce(CancellationToken.None));

        var nextWeek = NextLocal(DayOfWeek.Monday, new TimeOnly(8, 0));
        Assert.Equal((nextWeek, nextWeek), ((await Preferences("luis")).WeeklySummaryDueAt, (await Preferences("ana")).WeeklySummaryDueAt));
        harness.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await harness.WeeklySummaries.RunOnce(CancellationToken.None));
        Assert.Equal(4, harness.ResponseTracking.Received.Count);
    }

    private async Task<MemberPreferences> Preferences(string member)
    {
        await using var session = harness.Store.QuerySession(harness.Tenant);
        return (await session.LoadAsync<MemberPreferences>(member))!;
    }

    private void MoveTo(DateTimeOffset instant) => harness.Advance(instant - harness.Clock.GetUtcNow());

    /// <summary>The next time the member's clock shows this day and time, at least a minute from now.</summary>
    private DateTimeOffset NextLocal(DayOfWeek day, TimeOnly time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var local = TimeZoneInfo.ConvertTime(harness.Clock.GetUtcNow().AddMinutes(1), zone).DateTime;
        var candidate = local.Date + time.ToTimeSpan();
        while (candidate.DayOfWeek != day || candidate < local)
        {
            candidate = candidate.AddDays(1);
        }

        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }

    private async Task<IDictionary<string, object>> Validate(string token)
    {
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "networkingplatform-gateway",
            ValidAudience = "networkingplatform-services",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(harness.SigningKey)),
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return result.Claims;
    }
}
