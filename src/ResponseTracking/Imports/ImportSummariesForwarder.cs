using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>Publishes each committed <see cref="ImportRecorded"/> as <see cref="ImportSummarised"/>, at least once, with the stored event's id.</summary>
public sealed class ImportSummariesForwarder : SubscriptionBase
{
    private readonly IBusControl bus;

    public ImportSummariesForwarder(IBusControl bus)
    {
        this.bus = bus;
        Name = "import-summaries-forwarder";
        IncludeType<ImportRecorded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events.OfType<IEvent<ImportRecorded>>())
        {
            using var activity = PlatformTelemetry.ContinueTrace("forward import-recorded", stored.TraceParent());
            var recorded = stored.Data;
            await bus.PublishCommitted(new ImportSummarised(
                stored.Id, stored.TenantId, stored.Timestamp, recorded.ImportId, recorded.Member, recorded.Succeeded, recorded.Failure,
                recorded.RowsRead, recorded.RowsImported, recorded.RowsSkipped, recorded.Conversations, recorded.WaitingOnMember,
                recorded.WaitingOnOthers), cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
