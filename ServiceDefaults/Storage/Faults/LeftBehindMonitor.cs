using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>
/// Counts what faults left behind every <see cref="LeftBehindOptions.CountEvery"/> and shows each count as an
/// OpenTelemetry gauge (meter <see cref="MeterName"/>, in the dashboard's metrics of the service), and as a warning in
/// its log whenever a count changes while above zero. The gauges report the last count, so exporting them often costs
/// the database nothing.
/// </summary>
public sealed class LeftBehindMonitor : BackgroundService
{
    public const string MeterName = "NetworkingPlatform.Faults";

    private readonly ILeftBehindCount[] counts;
    private readonly long?[] lastCounts;
    private readonly IOptions<LeftBehindOptions> options;
    private readonly ILogger<LeftBehindMonitor> logger;

    public LeftBehindMonitor(IEnumerable<ILeftBehindCount> counts, IMeterFactory meters, IOptions<LeftBehindOptions> options, ILogger<LeftBehindMonitor> logger)
    {
        this.counts = [.. counts];
        this.options = options;
        this.logger = logger;
        lastCounts = new long?[this.counts.Length];
        var meter = meters.Create(MeterName);
        for (var i = 0; i < this.counts.Length; i++)
        {
            var index = i;
            meter.CreateObservableGauge(this.counts[i].Name, () => Observe(index), this.counts[i].Unit, this.counts[i].Description);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CountEvery);
        do
        {
            for (var i = 0; i < counts.Length; i++)
            {
                await CountOnce(i, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CountOnce(int index, CancellationToken stoppingToken)
    {
        var count = counts[index];
        try
        {
            var value = await count.Count(stoppingToken);
            if (value > 0 && value != lastCounts[index])
            {
                logger.LogWarning("{Count} {Name}: {Description}", value, count.Name, count.Description);
            }

            lastCounts[index] = value;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The store is away (a restart, say): the gauge keeps its last count, and the next round tries again.
            logger.LogInformation(exception, "Could not count {Name} this time.", count.Name);
        }
    }

    private IEnumerable<Measurement<long>> Observe(int index) =>
        lastCounts[index] is { } value ? [new Measurement<long>(value)] : [];
}
