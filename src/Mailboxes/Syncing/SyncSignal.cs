namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>Wakes the sync worker when a mailbox is connected or disconnected here, instead of at its next look.</summary>
public sealed class SyncSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Raise()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: the worker looks once for both.
        }
    }

    public Task Wait(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
