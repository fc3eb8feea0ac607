namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// Lets batches of one replica that share no conversation be written at the same time, and makes a batch that shares
/// one wait until the other committed. Without it, two batches split across a conversation both decide against its
/// old state and one fails on the optimistic check, to be retried whole. Replicas still meet that check; it is rare.
/// </summary>
public sealed class ConversationGate
{
    private readonly HashSet<string> inFlight = new(StringComparer.Ordinal);
    private readonly List<TaskCompletionSource> waiting = [];

    /// <summary>Waits until none of the conversations is being written here, then holds them all until disposed.</summary>
    public async Task<IDisposable> Enter(IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource released;
            lock (inFlight)
            {
                if (!conversationIds.Any(inFlight.Contains))
                {
                    inFlight.UnionWith(conversationIds);
                    return new Hold(this, conversationIds);
                }

                released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                waiting.Add(released);
            }

            await released.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Conversations are held per tenant: two tenants may use the same conversation id.</summary>
    public static string KeyOf(string tenantId, string conversationId) => $"{tenantId}\n{conversationId}";

    private void Leave(IReadOnlyCollection<string> conversationIds)
    {
        TaskCompletionSource[] wake;
        lock (inFlight)
        {
            inFlight.ExceptWith(conversationIds);
            wake = [.. waiting];
            waiting.Clear();
        }

        foreach (var waiter in wake)
        {
            waiter.TrySetResult();
        }
    }

    private sealed class Hold(ConversationGate gate, IReadOnlyCollection<string> conversationIds) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                gate.Leave(conversationIds);
            }
        }
    }
}
