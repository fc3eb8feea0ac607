using System.Diagnostics;
using JasperFx.Events;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ServiceDefaults.Storage;

public static class StoredEventExtensions
{
    /// <summary>
    /// Records the current trace parent on the events this session will append. Marten copies session headers
    /// into each event when it is appended, so call this before appending.
    /// </summary>
    public static IDocumentSession CarryTrace(this IDocumentSession session)
    {
        if (Activity.Current?.Id is { } traceParent)
        {
            session.SetHeader(PlatformTelemetry.TraceParentHeader, traceParent);
        }

        return session;
    }

    /// <summary>The trace parent recorded with the event when it was appended, if any.</summary>
    public static string? TraceParent(this IEvent storedEvent) =>
        storedEvent.GetHeader(PlatformTelemetry.TraceParentHeader)?.ToString();
}
