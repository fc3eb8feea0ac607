namespace NetworkingPlatform.Platform.Load;

/// <summary>A queue now: messages waiting in it, consumers on it, and messages delivered to them but not yet acknowledged.</summary>
public sealed record QueueDepth(string Name, long Messages, int Consumers, long Unacknowledged = 0)
{
    /// <summary>MassTransit moves what still fails after its retries to the consumer's queue name + "_error".</summary>
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);

    public bool IsDeadLetterQueue => Name.EndsWith("_skipped", StringComparison.Ordinal);
}
