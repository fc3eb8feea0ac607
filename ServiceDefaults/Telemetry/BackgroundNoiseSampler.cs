using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Telemetry;

/// <summary>
/// Drops traces that start in background polling (Marten's daemon looks for new events every second, health
/// checks query PostgreSQL) so the dashboard shows the requests and messages people care about. Spans with a
/// parent follow their parent's decision.
/// </summary>
internal sealed class BackgroundNoiseSampler : Sampler
{
    private static readonly string[] NoisyRootPrefixes = ["marten.daemon", "marten.connection", "postgresql"];

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var name = samplingParameters.Name;
        foreach (var prefix in NoisyRootPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new SamplingResult(SamplingDecision.Drop);
            }
        }

        return new SamplingResult(SamplingDecision.RecordAndSample);
    }
}
