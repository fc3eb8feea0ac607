using NetworkingPlatform.Platform.FaultTests.Faults;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// One fault under load: organisations of the round's own, careful clients at a modest rate through the Gateway, the
/// fault a few seconds in, its recovery watched meanwhile; then, once the platform caught up, judged against what it
/// accepted (recorded once, notified once, nothing in error queues or set aside).
/// </summary>
public static class FaultRound
{
    public static readonly LoadOptions Load = new()
    {
        MessagesPerSecond = 50,
        // The fault strikes 3 s in; the load goes on for 9 s more while the platform recovers (the suite's time is bounded).
        Duration = TimeSpan.FromSeconds(12),
        // The round's own probe polls for visibility; the driver's probes would wait minutes on a loss.
        ProbeShare = 0,
        ImportMessages = 0,
    };

    private static readonly TimeSpan FaultAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan WarmUpFor = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan WatchRecoveryFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A round's load for a few seconds without a fault, caught up with but not judged: the platform's first minute under
    /// load (code compiled, pools and consumers filled) is not charged to the first fault.
    /// </summary>
    public static async Task WarmUp(FaultPlatform platform, CancellationToken cancellationToken)
    {
        var runId = $"warm-{Guid.NewGuid():N}"[..12];
        var (tenantCount, keys) = TenantSetup.SizeFor(Load.RequestsPerSecond);
        var tenants = await TenantSetup.SignUp(platform.GatewayAddress, runId, tenantCount, keys, membersPerTenant: 50, cancellationToken);
        var driver = new OpenLoopDriver(platform.Gateway, tenants, Load with { Duration = WarmUpFor }, runId);
        await driver.Run(cancellationToken);
        if (await platform.Judge.WaitUntilCaughtUp(Expectations.From(driver.Ledger.Accepted), CatchUpTimeout, cancellationToken) is null)
        {
            throw new TimeoutException($"The platform did not catch up with {WarmUpFor.TotalSeconds:N0} s of load within {CatchUpTimeout} before any fault.");
        }
    }

    public static async Task<FaultOutcome> Run(FaultPlatform platform, PlatformFault fault, int round, CancellationToken cancellationToken)
    {
        var runId = $"f{round}-{Guid.NewGuid():N}"[..12];
        var (tenantCount, keys) = TenantSetup.SizeFor(Load.RequestsPerSecond);
        var tenants = await TenantSetup.SignUp(platform.GatewayAddress, runId, tenantCount, keys, membersPerTenant: 50, cancellationToken);
        var driver = new OpenLoopDriver(platform.Gateway, tenants, Load with { Seed = round }, runId);
        var probe = new RecoveryProbe(platform.Gateway, tenants[0], runId);
        var load = driver.Run(cancellationToken);
        InjectedFault injected;
        TimeSpan? recovery;
        try
        {
            // Part of the schedule, not a wait for anything: the fault strikes a load already flowing.
            await Task.Delay(FaultAfter, cancellationToken);
            injected = await fault.Inject(platform, driver, cancellationToken);
            try
            {
                recovery = await new RecoveryWatch(platform.Queues, probe).Measure(injected, WatchRecoveryFor, cancellationToken);
            }
            finally
            {
                if (injected.Repair is { } repair)
                {
                    await repair();
                }
            }
        }
        finally
        {
            await load;
        }

        var expected = Expectations.From([.. driver.Ledger.Accepted, .. probe.Accepted]);
        var caughtUp = await platform.Judge.WaitUntilCaughtUp(expected, CatchUpTimeout, cancellationToken);
        var verdict = await platform.Judge.Judge(expected, cancellationToken);
        return new FaultOutcome(fault.Name, injected.Detail, driver.Ledger.PlannedCount + probe.Accepted.Count, driver.Ledger, verdict, recovery, caughtUp);
    }
}
