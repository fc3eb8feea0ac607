namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>One index per tenant, and whether the rebuild after a start has finished.</summary>
public sealed class OpportunityIndex : IDisposable
{
    private readonly ConcurrentDictionary<string, TenantIndex> tenants = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public Task WhenReady(CancellationToken cancellationToken) => ready.Task.WaitAsync(cancellationToken);

    public void MarkReady() => ready.TrySetResult();

    public TenantIndex For(string tenantId) => tenants.GetOrAdd(tenantId, _ => new TenantIndex());

    public int Count => tenants.Values.Sum(index => index.Count);

    public void Dispose()
    {
        foreach (var index in tenants.Values)
        {
            index.Dispose();
        }
    }
}
