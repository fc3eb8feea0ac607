using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>An import's one announcement, once everything it brought is recorded: what it brought and who waits on whom now.</summary>
public sealed class ImportSummarisedConsumer(NotificationDispatcher dispatcher) : IConsumer<ImportSummarised>
{
    public Task Consume(ConsumeContext<ImportSummarised> context)
    {
        var import = context.Message;
        var (title, body) = import.Succeeded
            ? (new LocalizedText("Tu importación terminó", "Your import finished"),
                new LocalizedText(
                    $"{import.Conversations} conversaciones importadas; {import.WaitingOnMember} esperan tu respuesta y en {import.WaitingOnOthers} esperas la de otros.",
                    $"{import.Conversations} conversations imported; {import.WaitingOnMember} wait on your reply and {import.WaitingOnOthers} on others'."))
            : (new LocalizedText("Tu importación falló", "Your import failed"),
                new LocalizedText($"No pudimos leer el archivo: {import.Failure}", $"We could not read the file: {import.Failure}"));
        return dispatcher.Dispatch(import.TenantId, [new Trigger(
            import.EventId, import.TenantId, NotificationTypes.ImportCompleted, import.Member, import.OccurredAt, title, body, import)],
            context.CancellationToken);
    }
}
