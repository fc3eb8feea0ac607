namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>Ingestion finished an import: summarise it as soon as everything it published is recorded here.</summary>
public sealed class ImportCompletedConsumer(ImportSummaries summaries) : IConsumer<ImportCompleted>
{
    public Task Consume(ConsumeContext<ImportCompleted> context) => summaries.Await(context.Message, context.CancellationToken);
}
