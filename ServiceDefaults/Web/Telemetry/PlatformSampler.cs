using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Decides which traces start here (spans with a parent follow their parent's decision, see <see cref="TelemetryExtensions"/>).
/// Background polling (Marten's daemon, health checks querying PostgreSQL) is never traced. Other traces are kept up to
/// <c>Telemetry:TracesPerSecond</c> a second per process: every request while the platform is quiet, a steady trickle
/// under load, so that the dashboard stays a small part of the CPU. A caller who sends a sampled <c>traceparent</c>
/// is always traced end to end.
/// </summary>
internal sealed class PlatformSampler(double tracesPerSecond) : Sampler
{
    private static readonly string[] NoisyRootPrefixes = ["marten.daemon", "marten.connection", "postgresql"];
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);
    private readonly object gate = new();
    private readonly double capacity = Math.Max(1, tracesPerSecond);
    private double tokens = Math.Max(1, tracesPerSecond);
    private long refilledAt = Stopwatch.GetTimestamp();

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        foreach (var prefix in NoisyRootPrefixes)
        {
            if (samplingParameters.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Drop;
            }
        }

        return TakeToken() ? Keep : Drop;
    }

    private bool TakeToken()
    {
        lock (gate)
        {
            var now = Stopwatch.GetTimestamp();
            tokens = Math.Min(capacity, tokens + Stopwatch.GetElapsedTime(refilledAt, now).TotalSeconds * capacity);
            refilledAt = now;
            if (tokens < 1)
            {
                return false;
            }

            tokens--;
            return true;
        }
    }
}
