namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>
/// What happens after an attempt: delivered, or tried again after an exponentially growing delay with jitter
/// (half fixed, half random, so receivers coming back up are not hit by every sender at once), or given up once the
/// delivery is older than the retry window.
/// </summary>
public sealed class RetrySchedule(DeliveryOptions options, Func<double> random)
{
    public void Record(Delivery delivery, DeliveryAttempt attempt)
    {
        delivery.Attempts++;
        delivery.Log.Add(attempt);
        if (attempt.Succeeded)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAt = attempt.At;
            return;
        }

        var next = attempt.At + DelayAfter(delivery.Attempts);
        if (next - delivery.CreatedAt > options.GiveUpAfter)
        {
            delivery.Status = DeliveryStatus.Failed;
            return;
        }

        delivery.DueAt = next;
    }

    public TimeSpan DelayAfter(int failedAttempts)
    {
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + random() * capped / 2);
    }
}
