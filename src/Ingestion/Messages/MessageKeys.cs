using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Messages;

public static class MessageKeys
{
    /// <summary>
    /// Appends, to <paramref name="streamId"/>, the messages whose ids were never taken in this tenant (the first of
    /// repeats within the list) and returns them.
    /// </summary>
    public static async Task<IReadOnlyList<MessageAccepted>> AppendNew(
        this IngestionTransaction transaction,
        string streamId,
        IReadOnlyList<MessageAccepted> messages,
        CancellationToken cancellationToken,
        string? importId = null)
    {
        var unique = messages.DistinctBy(m => m.MessageId, StringComparer.Ordinal).ToList();
        var taken = await transaction.TakeNew([.. unique.Select(m => KeyOf(m.MessageId))], cancellationToken);
        var fresh = unique.Where(m => taken.Contains(KeyOf(m.MessageId))).ToList();
        if (fresh.Count > 0)
        {
            transaction.Session.Events.Append(streamId, new MessagesAccepted(fresh, importId));
        }

        return fresh;
    }

    public static string KeyOf(string messageId) => $"message:{messageId}";
}
