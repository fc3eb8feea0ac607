using System.Diagnostics;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>
/// Starts the platform as users run it, warms it up, drives it through the Gateway at the given rate while measuring
/// every process's CPU, waits until it caught up, and judges that nothing accepted was lost or doubled.
/// </summary>
public static class PlatformBenchmark
{
    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromMinutes(10);

    public static async Task<int> Run(string repository, BenchSettings settings, LocalServers servers)
    {
        Console.WriteLine($"Platform benchmark {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {settings.Rate:N0} messages/s for {settings.Duration.TotalSeconds:N0} s " +
            $"after {settings.Warmup.TotalSeconds:N0} s of warm-up, {Environment.ProcessorCount} cores, commit {Commit(repository)}");
        await using var platform = settings.Attach is { } attached
            ? PlatformProcess.Attach(servers, attached)
            : await PlatformProcess.Start(repository, servers, settings.Keep);
        Console.WriteLine($"Platform up (./run.sh, database and vhost {platform.Name}, log {platform.Log}).");
        using var gateway = GatewayClient.Create(PlatformProcess.Gateway);
        var runId = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var measured = new LoadOptions { MessagesPerSecond = settings.Rate, Duration = settings.Duration, ImportMessages = settings.ImportMessages };
        var (tenantCount, keys) = TenantSetup.SizeFor(measured.RequestsPerSecond);
        var tenants = await TenantSetup.SignUp(PlatformProcess.Gateway, runId, tenantCount, keys, membersPerTenant: 400, CancellationToken.None);
        Console.WriteLine($"{tenantCount} tenants, {keys} API keys each.");

        using var queues = new BrokerQueues([servers.RabbitManagement], servers.RabbitUser, servers.RabbitPassword, platform.Name);
        var judge = new PlatformJudge(new PlatformRecords(servers.PostgresConnection(platform.Name)), queues);
        IReadOnlyCollection<AcceptedMessage> warmedUp = [];
        IReadOnlyCollection<PlannedMessage> warmUpUnsure = [];
        if (settings.Warmup > TimeSpan.Zero)
        {
            var warmup = new OpenLoopDriver(gateway, tenants, measured with { Duration = settings.Warmup, Seed = 1 }, $"{runId}w");
            await warmup.Run(CancellationToken.None);
            warmedUp = warmup.Ledger.Accepted;
            warmUpUnsure = warmup.Ledger.Unsure;
            var caughtUp = await judge.WaitUntilCaughtUp(warmup.Ledger.Expectations(), CatchUpTimeout, CancellationToken.None);
            Console.WriteLine($"Warm-up: {warmup.Ledger.AcceptedCount:N0} messages accepted ({warmup.Ledger.Unsure.Count:N0} given up on), caught up {Seconds(caughtUp)} after.");
        }

        ProcessCpu Cpu() => new(platform.Root, servers.PostgresConnection(platform.Name), platform.Name);
        var idle = await IdleCpu.Measure(Cpu, TimeSpan.FromSeconds(15));
        var driver = new OpenLoopDriver(gateway, tenants, measured, runId);
        await using var cpu = Cpu();
        await cpu.Start();
        var started = Stopwatch.GetTimestamp();
        var import = settings.ImportMessages > 0
            ? LinkedInImport.Run(gateway, tenants[0], settings.ImportMessages, measured.Seed, CatchUpTimeout, CancellationToken.None)
            : Task.FromResult<ImportOutcome?>(null)!;
        await driver.Run(CancellationToken.None);
        var loadEnded = TimeSpan.FromSeconds((driver.Ledger.LastAnsweredAt - started) / (double)Stopwatch.Frequency);
        // The warm-up's conversations were between the same members: what is expected of them adds up.
        var expected = Expectations.From([.. warmedUp, .. driver.Ledger.Accepted], [.. warmUpUnsure, .. driver.Ledger.Unsure]);
        // Caught up: counted from the last request's answer, the moment the load was over for its clients.
        var catchUp = await judge.WaitUntilCaughtUp(expected, CatchUpTimeout, CancellationToken.None) is null
            ? (TimeSpan?)null
            : Stopwatch.GetElapsedTime(driver.Ledger.LastAnsweredAt);
        var importOutcome = await import;
        var cpuSeconds = await cpu.Stop();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var verdict = await judge.Judge(expected, CancellationToken.None);

        var report = new BenchReport(settings, driver.Ledger, loadEnded, catchUp, elapsed, cpuSeconds, idle, importOutcome, verdict);
        report.Print(Console.Out);
        return report.Passed ? 0 : 1;
    }

    private static string Seconds(TimeSpan? elapsed) => elapsed is { } value ? $"{value.TotalSeconds:F1} s" : "never (timed out)";

    internal static string Commit(string repository)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", repository, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true })!;
            return git.StandardOutput.ReadToEnd().Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
