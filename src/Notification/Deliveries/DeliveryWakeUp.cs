namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>Lets whoever queues a delivery wake the worker at once instead of at its next poll.</summary>
public sealed class DeliveryWakeUp
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Signal()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Someone else woke it in between: once is enough.
            }
        }
    }

    public Task Wait(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
