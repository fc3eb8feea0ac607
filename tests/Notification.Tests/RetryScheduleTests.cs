using NetworkingPlatform.Notification.Deliveries;

namespace NetworkingPlatform.Notification.Tests;

public sealed class RetryScheduleTests
{
    private static readonly DeliveryOptions Options = new() { RetryBaseDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromHours(2), GiveUpAfter = TimeSpan.FromHours(24) };
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-26T00:00:00Z");

    [Theory]
    [InlineData(1, 5, 10)]
    [InlineData(2, 10, 20)]
    [InlineData(5, 80, 160)]
    [InlineData(20, 3600, 7200)]
    public void The_delay_doubles_with_each_failure_up_to_the_cap_with_half_of_it_random(int failures, double minSeconds, double maxSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(minSeconds), new RetrySchedule(Options, () => 0).DelayAfter(failures));
        Assert.Equal(TimeSpan.FromSeconds(maxSeconds), new RetrySchedule(Options, () => 1).DelayAfter(failures));
    }

    [Fact]
    public void A_success_delivers_and_a_failure_schedules_the_next_attempt()
    {
        var schedule = new RetrySchedule(Options, () => 1);
        var delivery = new Delivery { CreatedAt = Start, DueAt = Start };

        schedule.Record(delivery, new DeliveryAttempt(Start, false, 500, "HTTP 500", TimeSpan.Zero));
        Assert.Equal((DeliveryStatus.Pending, 1, Start.AddSeconds(10)), (delivery.Status, delivery.Attempts, delivery.DueAt));

        schedule.Record(delivery, new DeliveryAttempt(Start.AddSeconds(10), true, 200, null, TimeSpan.Zero));
        Assert.Equal((DeliveryStatus.Delivered, 2, Start.AddSeconds(10)), (delivery.Status, delivery.Attempts, delivery.DeliveredAt));
    }

    [Fact]
    public void A_delivery_is_given_up_when_the_next_attempt_would_fall_past_the_retry_window()
    {
        var schedule = new RetrySchedule(Options, () => 1);
        var delivery = new Delivery { CreatedAt = Start, DueAt = Start };
        var at = Start;
        while (delivery.Status == DeliveryStatus.Pending)
        {
            schedule.Record(delivery, new DeliveryAttempt(at, false, null, "refused", TimeSpan.Zero));
            at = delivery.DueAt;
        }

        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.True(delivery.Log[^1].At - Start <= TimeSpan.FromHours(24));
        Assert.True(delivery.Log[^1].At - Start > TimeSpan.FromHours(21));
    }
}
