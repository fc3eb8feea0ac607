using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

public sealed class ImportCompletedConsumer(NotificationDispatcher dispatcher) : IConsumer<ImportCompleted>
{
    public Task Consume(ConsumeContext<ImportCompleted> context)
    {
        var import = context.Message;
        var (title, body) = import.Succeeded
            ? (new LocalizedText("Tu importación terminó", "Your import finished"),
                new LocalizedText($"Se importaron {import.RowsImported} de {import.RowsRead} filas; {import.RowsSkipped} se omitieron.",
                    $"{import.RowsImported} of {import.RowsRead} rows were imported; {import.RowsSkipped} were skipped."))
            : (new LocalizedText("Tu importación falló", "Your import failed"),
                new LocalizedText($"No pudimos leer el archivo: {import.Failure}", $"We could not read the file: {import.Failure}"));
        return dispatcher.Dispatch(import.TenantId, [new Trigger(
            import.EventId, import.TenantId, NotificationTypes.ImportCompleted, import.Member, import.OccurredAt, title, body, import)],
            context.CancellationToken);
    }
}
