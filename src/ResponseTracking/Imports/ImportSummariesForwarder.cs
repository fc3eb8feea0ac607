using JasperFx.Events;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Contracts.ResponseTracking;

namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>Publishes each committed <see cref="ImportRecorded"/> as <see cref="ImportSummarised"/>.</summary>
public sealed class ImportSummariesForwarder(IBusControl bus, ILogger<ImportSummariesForwarder> logger)
    : CommittedEventForwarder<ImportRecorded, ImportSummarised>(bus, logger, "import-summaries-forwarder", "forward import-recorded")
{
    protected override ImportSummarised ToMessage(IEvent<ImportRecorded> stored)
    {
        var recorded = stored.Data;
        return new(
            stored.Id, stored.TenantId, stored.Timestamp, recorded.ImportId, recorded.Member, recorded.Succeeded, recorded.Failure,
            recorded.RowsRead, recorded.RowsImported, recorded.RowsSkipped, recorded.Conversations, recorded.WaitingOnMember,
            recorded.WaitingOnOthers);
    }
}
