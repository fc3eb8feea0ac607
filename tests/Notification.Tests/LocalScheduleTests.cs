using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.Tests;

public sealed class LocalScheduleTests
{
    private static readonly TimeZoneInfo MexicoCity = TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(8, 0));

    [Theory]
    [InlineData("2026-11-26T05:30:00Z", "2026-11-26T14:00:00Z")] // 23:30 in Mexico City: wait until 08:00 local
    [InlineData("2026-11-26T12:00:00Z", "2026-11-26T14:00:00Z")] // 06:00 local, after midnight
    [InlineData("2026-11-26T18:00:00Z", "2026-11-26T18:00:00Z")] // 12:00 local: now
    [InlineData("2026-11-26T14:00:00Z", "2026-11-26T14:00:00Z")] // 08:00 local: the quiet hours just ended
    public void Quiet_hours_that_wrap_past_midnight_defer_to_their_local_end(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), LocalSchedule.OutsideQuietHours(DateTimeOffset.Parse(now), MexicoCity, Night));

    [Fact]
    public void Quiet_hours_within_a_day_hold_only_between_start_and_end()
    {
        var lunch = new QuietHours(new TimeOnly(13, 0), new TimeOnly(14, 0));
        Assert.True(lunch.Contains(new TimeOnly(13, 30)));
        Assert.False(lunch.Contains(new TimeOnly(14, 0)));
        Assert.False(lunch.Contains(new TimeOnly(12, 59)));
    }

    [Fact]
    public void A_digest_time_already_past_today_is_tomorrow()
    {
        var now = DateTimeOffset.Parse("2026-11-26T16:00:00Z"); // 10:00 in Mexico City
        Assert.Equal(DateTimeOffset.Parse("2026-11-27T14:00:00Z"), LocalSchedule.NextAt(now, MexicoCity, new TimeOnly(8, 0)));
        Assert.Equal(DateTimeOffset.Parse("2026-11-26T23:00:00Z"), LocalSchedule.NextAt(now, MexicoCity, new TimeOnly(17, 0)));
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_is_taken_an_hour_later()
    {
        // New York springs forward on 2026-03-08: 02:30 does not exist that day.
        var now = DateTimeOffset.Parse("2026-03-08T05:00:00Z"); // 00:00 EST
        Assert.Equal(DateTimeOffset.Parse("2026-03-08T07:30:00Z"), LocalSchedule.NextAt(now, NewYork, new TimeOnly(2, 30)));
    }
}
