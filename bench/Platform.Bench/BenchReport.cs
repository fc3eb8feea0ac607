using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>The figures of one measured run, printed as docs/performance.md's table reads them.</summary>
public sealed record BenchReport(
    BenchSettings Settings,
    Ledger Ledger,
    TimeSpan LoadEnded,
    TimeSpan? CatchUp,
    TimeSpan Elapsed,
    IReadOnlyList<(string Group, double Seconds)> Cpu,
    IReadOnlyDictionary<string, double> IdlePerSecond,
    ImportOutcome? Import,
    LoadVerdict Verdict)
{
    private const string Driver = "load driver";

    /// <summary>Nothing lost or doubled, every request answered, every probe saw its answer, and the platform caught up.</summary>
    public bool Passed =>
        Verdict.NothingLostOrDoubled && Ledger.GaveUp == 0 && Ledger.Refused == 0 && Ledger.ReplayMismatches == 0
        && Ledger.ReportedDuplicates == 0 && Ledger.NotVisible == 0 && CatchUp is not null && Import is null or { Completed: true };

    public void Print(TextWriter output)
    {
        var messages = Ledger.AcceptedCount;
        output.WriteLine();
        output.WriteLine($"Offered: {Settings.Rate:N0} single-message POSTs/s for {Settings.Duration.TotalSeconds:N0} s, plus batches, client retries and reads: {Ledger.Requests:N0} requests answered.");
        output.WriteLine($"Accepted: {messages:N0} of {Ledger.PlannedCount:N0} messages sent = {messages / Settings.Duration.TotalSeconds:N0}/s; the last request answered {LoadEnded.TotalSeconds:F1} s after the start.");
        output.WriteLine($"Retried by the careful client: {Ledger.RetriedRequests:N0} requests; gave up: {Ledger.GaveUp:N0}; refused: {Ledger.Refused:N0}; " +
            $"sent again with the same key: {Ledger.ClientRetries:N0} ({Ledger.ReplayMismatches:N0} answered differently).");
        output.WriteLine($"POST one message, due → answered:   {Ledger.Posts.Summary()}");
        output.WriteLine($"POST a batch of {new LoadOptions().BatchSize}, due → answered: {Ledger.Batches.Summary()}");
        output.WriteLine($"Reads (inbox, responsiveness):      {Ledger.Reads.Summary()} ({Ledger.ReadFailures:N0} failed)");
        output.WriteLine($"Answer visible in its status:       {Ledger.Visible.Summary()} ({Ledger.NotVisible:N0} never)");
        output.WriteLine($"Caught up (recorded, notified, matching updated, queues empty): {(CatchUp is { } c ? $"{c.TotalSeconds:F1} s after the last answer" : "NOT within the timeout")}");
        if (Import is not null)
        {
            output.WriteLine($"LinkedIn import during the load: {Import}");
        }

        PrintCpu(output, messages);
        output.WriteLine();
        output.WriteLine($"Verdict (warm-up and measured load): {Verdict}");
        foreach (var example in Verdict.Examples.Concat(Ledger.Failures))
        {
            output.WriteLine($"  {example}");
        }

        output.WriteLine(Passed ? "PASSED: nothing lost, nothing doubled." : "FAILED: see above.");
    }

    private void PrintCpu(TextWriter output, long messages)
    {
        var seconds = Elapsed.TotalSeconds;
        var total = Cpu.Sum(c => c.Seconds);
        var platform = Cpu.Where(c => c.Group != Driver).Sum(c => c.Seconds);
        output.WriteLine();
        output.WriteLine($"CPU from the start of the load until caught up ({seconds:F0} s), per accepted message (the import's rows not counted), and idle:");
        output.WriteLine($"  {"process",-30} {"CPU s",8} {"ms/msg",8} {"share",6} {"idle %cpu",10}");
        foreach (var (group, used) in Cpu.Where(c => c.Seconds > 0))
        {
            output.WriteLine($"  {group,-30} {used,8:F1} {used / messages * 1000,8:F3} {used / total,6:P0} {IdlePerSecond.GetValueOrDefault(group),10:P1}");
        }

        var idle = IdlePerSecond.Where(i => i.Key != Driver).Sum(i => i.Value) * seconds;
        output.WriteLine($"  {"platform (all but the driver)",-30} {platform,8:F1} {platform / messages * 1000,8:F3}         " +
            $"{IdlePerSecond.Where(i => i.Key != Driver).Sum(i => i.Value),10:P1}");
        output.WriteLine($"Platform CPU per message: {platform / messages * 1000:F2} ms; above its idle cost: {(platform - idle) / messages * 1000:F2} ms. " +
            $"PostgreSQL: {Cpu.Where(c => c.Group == "PostgreSQL").Sum(c => c.Seconds) / messages * 1000:F2} ms. " +
            $"Dashboard: {Cpu.Where(c => c.Group == "Aspire dashboard").Sum(c => c.Seconds) / platform:P1} of the platform's CPU.");
    }
}
