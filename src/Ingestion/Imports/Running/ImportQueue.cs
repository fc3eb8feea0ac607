using System.Threading.Channels;

namespace NetworkingPlatform.Ingestion.Imports.Running;

public sealed class ImportQueue
{
    private readonly Channel<ImportWork> channel = Channel.CreateUnbounded<ImportWork>();

    public void Enqueue(ImportWork work) => channel.Writer.TryWrite(work);

    public IAsyncEnumerable<ImportWork> ReadAll(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
