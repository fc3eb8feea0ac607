using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class BusinessHoursTests
{
    private static readonly BusinessHours MexicoCity = new(TimeZoneInfo.FindSystemTimeZoneById("America/Mexico_City"), new(9, 0), new(18, 0));
    private static readonly BusinessHours Madrid = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid"), new(9, 0), new(17, 0));

    [Fact]
    public void A_weekend_does_not_count()
    {
        // Friday 17:00 to Monday 10:00 in Mexico City (UTC-6): one hour on Friday, one on Monday.
        var friday = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.FromHours(-6));
        var monday = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-6));

        Assert.Equal(TimeSpan.FromHours(2), MexicoCity.Between(friday, monday));
    }

    [Fact]
    public void Two_business_days_from_friday_afternoon_end_on_tuesday_afternoon()
    {
        var friday = new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(-6));

        var deadline = MexicoCity.Add(friday, MexicoCity.WorkingDay * 2);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(-6)), deadline);
    }

    [Fact]
    public void A_message_sent_at_night_starts_counting_when_the_day_opens()
    {
        var night = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.FromHours(-6));

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(-6)), MexicoCity.Add(night, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(1), MexicoCity.Between(night, night.AddHours(8)));
    }

    [Fact]
    public void Working_hours_follow_the_clock_change_of_the_time_zone()
    {
        // Madrid moves from UTC+2 to UTC+1 on Sunday 25 October 2026: Friday opens at 07:00 UTC, Monday at 08:00 UTC.
        var fridayOpen = new DateTimeOffset(2026, 10, 23, 7, 0, 0, TimeSpan.Zero);
        var mondayNoonUtc = new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(8 + 4), Madrid.Between(fridayOpen, mondayNoonUtc));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.FromHours(1)), Madrid.Add(fridayOpen, TimeSpan.FromHours(9)));
    }

    [Fact]
    public void The_same_reply_counts_differently_in_another_time_zone()
    {
        // 16:00 to 20:00 UTC on a Monday: after closing in Madrid (17:00-21:00 local), within the day in Mexico City (10:00-14:00).
        var from = new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, Madrid.Between(from, from.AddHours(4)));
        Assert.Equal(TimeSpan.FromHours(4), MexicoCity.Between(from, from.AddHours(4)));
    }
}
