using NetworkingPlatform.Ingestion.Classification;
using NetworkingPlatform.Ingestion.History;

namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

public static class MessageRequestMapping
{
    /// <summary>
    /// The message as Ingestion keeps it: handles normalised, time in UTC, kind given or classified, history or live by
    /// <paramref name="history"/>. Validate first.
    /// </summary>
    public static MessageAccepted ToAccepted(this IngestMessageRequest request, HistoryCutoff history)
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
            request.InReplyTo,
            history.IsHistory(request.SentAt.Value));
    }
}
