using NetworkingPlatform.Ingestion.Classification;

namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

public static class MessageRequestMapping
{
    /// <summary>The message as Ingestion keeps it: handles normalised, time in UTC, kind given or classified. Validate first.</summary>
    public static MessageAccepted ToAccepted(this IngestMessageRequest request)
    {
        var body = request.Body!;
        var classification = request.Kind is { } kind
            ? new Classification.Classification(kind, MessageKind.NeedsReply(kind))
            : MessageClassifier.Classify(request.Subject, body);
        return new MessageAccepted(
            request.ConversationId!.Trim(),
            request.MessageId!.Trim(),
            MemberHandle.Normalize(request.From!),
            [.. request.To!.Select(MemberHandle.Normalize).Distinct(StringComparer.Ordinal)],
            request.SentAt!.Value.ToUniversalTime(),
            request.Subject,
            body,
            classification.Kind,
            classification.NeedsReply,
            request.Channel ?? "api",
            request.InReplyTo);
    }
}
