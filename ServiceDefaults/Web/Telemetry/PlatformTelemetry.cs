namespace NetworkingPlatform.ServiceDefaults.Telemetry;

/// <summary>The platform's own activity source, used where a trace must be carried across a store (event forwarding).</summary>
public static class PlatformTelemetry
{
    public const string ActivitySourceName = "NetworkingPlatform";
    public const string TraceParentHeader = "traceparent";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    /// <summary>
    /// Starts an activity that continues the trace recorded with a stored event, so that work done later by a
    /// background forwarder (publishing to the bus) joins the request that caused it.
    /// </summary>
    public static Activity? ContinueTrace(string name, string? traceParent, ActivityKind kind = ActivityKind.Producer)
    {
        // Remote: the trace was stored, maybe by another process. A parent not kept then still gives an activity that
        // carries the trace on without recording it (OpenTelemetry drops a local unkept parent's child altogether, and
        // what this work sends would start a trace of its own).
        if (traceParent is not null && ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent))
        {
            return ActivitySource.StartActivity(name, kind, parent);
        }

        return ActivitySource.StartActivity(name, kind);
    }
}
