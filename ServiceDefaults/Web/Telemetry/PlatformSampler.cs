using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Decides which traces start here (spans with a parent follow their parent's decision, see <see cref="TelemetryExtensions"/>).
/// A trace is decided once, where work enters the platform: a request, or background work of a service's own. Up to
/// <c>Telemetry:TracesPerSecond</c> of those a second per process are kept: every request while the platform is quiet,
/// a trickle under load, each followed end to end through every service, so the dashboard stays a small part of the CPU.
/// Never a root here:
/// <list type="bullet">
/// <item>the libraries' background polling (Marten's daemon and connections, PostgreSQL commands of health checks);</item>
/// <item>a bus message received with no trace: MassTransit passes a trace on only from a recorded send, so such a message
/// was sent by work whose trace was not kept, and keeping it would start a fragment.</item>
/// </list>
/// A caller who sends a sampled <c>traceparent</c> is always traced end to end.
/// </summary>
public sealed class PlatformSampler(double tracesPerSecond) : Sampler
{
    private static readonly string[] NoisyRootPrefixes = ["marten", "postgresql"];
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);
    private readonly Lock gate = new();
    private readonly double capacity = Math.Max(1, tracesPerSecond);
    private double tokens = Math.Max(1, tracesPerSecond);
    private long refilledAt = Stopwatch.GetTimestamp();

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.Kind == ActivityKind.Consumer)
        {
            return Drop;
        }

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
