namespace NetworkingPlatform.ServiceDefaults.Telemetry;

public static class TraceParents
{
    /// <summary>
    /// Whether a W3C traceparent was sampled: work carried forward from it in bulk (forwarders merge many committed
    /// events into one bus message) keeps a sampled trace apart, so that a traced request can be followed end to end.
    /// </summary>
    public static bool IsSampled(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var context)
        && context.TraceFlags.HasFlag(ActivityTraceFlags.Recorded);
}
