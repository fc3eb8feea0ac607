using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.WeeklySummaries;

namespace NetworkingPlatform.Notification.Tests;

public sealed class WeeklySummaryTests
{
    private static readonly TimeSpan TwoDays = TimeSpan.FromDays(2);
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
}
