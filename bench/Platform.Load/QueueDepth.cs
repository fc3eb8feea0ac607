namespace NetworkingPlatform.Platform.Load;

public sealed record QueueDepth(string Name, long Messages, int Consumers)
{
    /// <summary>MassTransit moves what still fails after its retries to the consumer's queue name + "_error".</summary>
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);

    public bool IsDeadLetterQueue => Name.EndsWith("_skipped", StringComparison.Ordinal);
}
