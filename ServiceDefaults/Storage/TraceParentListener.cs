using System.Diagnostics;
using Marten;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ServiceDefaults.Storage;

/// <summary>Stamps the current trace parent on the events a session appends.</summary>
internal sealed class TraceParentListener : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (Activity.Current is { } activity)
        {
            session.SetHeader(PlatformTelemetry.TraceParentHeader, activity.Id!);
        }

        return Task.CompletedTask;
    }
}
