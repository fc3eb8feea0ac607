using Microsoft.Extensions.Options;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.WeeklySummaries;

namespace NetworkingPlatform.Notification.Tests;

public sealed class WeeklySummaryTests
{
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);
    private static readonly WeeklySummaryCalendar Calendar = new(Options.Create(new WeeklySummaryOptions()));
    private static readonly MemberPreferences Luis = new() { Id = "luis", TimeZone = "America/Mexico_City", DigestAt = new TimeOnly(8, 0) };

    [Theory]
    [InlineData("2026-11-30T13:59:00Z", false)] // Monday 07:59 in Mexico City
    [InlineData("2026-11-30T14:00:00Z", true)]  // Monday 08:00 local
    [InlineData("2026-12-02T13:59:00Z", true)]  // still within the two days' catch-up
    [InlineData("2026-12-02T14:00:00Z", false)] // past it: this week is skipped
    [InlineData("2026-12-06T23:00:00Z", false)] // Sunday evening local
    public void A_summary_is_due_from_the_members_monday_digest_time_within_the_catch_up_window(string now, bool due) =>
        Assert.Equal(due, SummaryWeek.Of(Luis, DateTimeOffset.Parse(now), DayOfWeek.Monday).IsDue(DateTimeOffset.Parse(now), TwoDays));

    [Fact]
    public void The_week_is_the_members_local_iso_week()
    {
        // Sunday 23:30 in Mexico City is already Monday in UTC: still the member's previous week.
        var sundayNight = SummaryWeek.Of(Luis, DateTimeOffset.Parse("2026-11-30T05:30:00Z"), DayOfWeek.Monday);
        var mondayMorning = SummaryWeek.Of(Luis, DateTimeOffset.Parse("2026-11-30T14:00:00Z"), DayOfWeek.Monday);

        Assert.Equal("2026-W48", sundayNight.Key);
        Assert.Equal("2026-W49", mondayMorning.Key);
        Assert.Equal(DateTimeOffset.Parse("2026-11-30T14:00:00Z"), mondayMorning.DueFrom);
    }

    [Theory]
    [InlineData("2026-11-26T16:00:00Z", "2026-11-30T14:00:00Z")] // Thursday: this week's is past its catch-up, so next Monday's
    [InlineData("2026-11-30T10:00:00Z", "2026-11-30T14:00:00Z")] // Monday before 08:00 local: this morning's
    [InlineData("2026-12-01T20:00:00Z", "2026-11-30T14:00:00Z")] // Tuesday, within the catch-up: due at once
    public void Saved_preferences_are_due_for_this_weeks_summary_while_it_may_still_go_out(string now, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due), Calendar.FirstDue(LuisWith(email: "luis@example.test"), DateTimeOffset.Parse(now)));

    [Fact]
    public void A_member_without_an_address_or_who_opted_out_is_never_due()
    {
        var now = DateTimeOffset.Parse("2026-11-30T15:00:00Z");
        Assert.Null(Calendar.FirstDue(Luis, now));
        Assert.Null(Calendar.FirstDue(LuisWith(email: "luis@example.test", weeklySummary: false), now));
    }

    [Theory]
    [InlineData("2026-11-30T15:00:00Z", "2026-12-07T14:00:00Z")] // after this Monday's: next Monday's
    [InlineData("2026-11-30T10:00:00Z", "2026-11-30T14:00:00Z")] // before it: this Monday's
    public void After_a_scan_the_next_summary_is_due_the_following_week(string now, string next) =>
        Assert.Equal(DateTimeOffset.Parse(next), Calendar.NextDue(Luis, DateTimeOffset.Parse(now)));

    [Fact]
    public void The_next_week_keeps_the_local_time_across_a_daylight_saving_change()
    {
        // Madrid leaves summer time on Sunday 2026-10-25: a week after Monday 00:30 of W43 in UTC is still Sunday locally.
        var ana = new MemberPreferences { Id = "ana", TimeZone = "Europe/Madrid", DigestAt = new TimeOnly(0, 30) };

        var next = SummaryWeek.After(ana, DateTimeOffset.Parse("2026-10-19T12:00:00Z"), DayOfWeek.Monday);

        Assert.Equal(("2026-W44", DateTimeOffset.Parse("2026-10-25T23:30:00Z")), (next.Key, next.DueFrom));
    }

    [Fact]
    public void The_email_is_in_the_members_language_and_says_what_waits_on_them()
    {
        var figures = new MemberResponsiveness(10, 6, 2, 2, 0.8, TimeSpan.FromHours(3), "usually replies within a few hours", "suele responder en pocas horas", 0);

        var english = WeeklySummaryEmail.Compose("luis@example.test", "en", figures);
        var spanish = WeeklySummaryEmail.Compose("luis@example.test", "es", figures with { WaitingOnMember = 2, ResponseRate = null });

        Assert.Equal("Your week on NetworkingPlatform: how you answer", english.Subject);
        Assert.Contains("Response rate (90 days): 80%", english.Text);
        Assert.Contains("Nobody is waiting for your reply", english.Text);
        Assert.Contains("Tasa de respuesta (90 días): aún sin medir", spanish.Text);
        Assert.Contains("Conversaciones que esperan tu respuesta: 2", spanish.Text);
        Assert.Contains("«No, gracias»", spanish.Text);
        Assert.Contains("<html lang=\"es\">", spanish.Html);
    }

    private static MemberPreferences LuisWith(string email, bool weeklySummary = true) =>
        new() { Id = Luis.Id, TimeZone = Luis.TimeZone, DigestAt = Luis.DigestAt, Email = email, WeeklySummary = weeklySummary };
}
