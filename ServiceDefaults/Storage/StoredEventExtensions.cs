using JasperFx.Events;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ServiceDefaults.Storage;

public static class StoredEventExtensions
{
    /// <summary>The trace parent recorded with the event when it was appended, if any.</summary>
    public static string? TraceParent(this IEvent storedEvent) =>
        storedEvent.GetHeader(PlatformTelemetry.TraceParentHeader)?.ToString();
}
