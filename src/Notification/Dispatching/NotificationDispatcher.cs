using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Turns triggers of one or more tenants into in-app notifications, queued emails and queued webhook deliveries, as the
/// recipients' preferences say: it reads what deciding needs (<see cref="DispatchStateLoader"/>), decides
/// (<see cref="DispatchRules"/>, which reads and writes nothing) and writes every tenant's decision in one transaction
/// (<see cref="DispatchWriter"/>). Everything it writes has an id derived from the event, and what exists already is
/// left alone, so a redelivered event neither duplicates nor resets anything.
/// </summary>
public sealed class NotificationDispatcher(
    IDocumentStore store, TimeProvider clock, DispatchWriter writer, DeliveryWakeUp wakeUp, NudgeWithdrawal withdrawal)
{
    public Task Dispatch(string tenantId, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken) =>
        Dispatch([new TenantTriggers(tenantId, triggers)], cancellationToken);

    /// <summary>Every tenant's triggers decided against that tenant's state, then written in one transaction for all.</summary>
    public async Task Dispatch(IReadOnlyCollection<TenantTriggers> tenants, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var decisions = new List<(string TenantId, DispatchDecision Decision)>();
        foreach (var tenant in tenants)
        {
            await using var session = store.QuerySession(tenant.TenantId);
            var state = await DispatchStateLoader.Load(session, tenant.Triggers, cancellationToken);
            decisions.Add((tenant.TenantId, DispatchRules.Decide(state, tenant.Triggers, now)));
        }

        await writer.Write(decisions, now, cancellationToken);
        foreach (var (tenantId, decision) in decisions.Where(d => d.Decision.Nudged.Count > 0))
        {
            // An answer committed while these nudges were being decided was not seen above: look again now that they are stored.
            await withdrawal.WithdrawNudges(tenantId, decision.Nudged, cancellationToken);
        }

        if (decisions.Any(d => d.Decision.QueuesDeliveries))
        {
            wakeUp.Signal();
        }
    }
}
