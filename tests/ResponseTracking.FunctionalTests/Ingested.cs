using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal static class Ingested
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static MessagesIngested Message(string tenant, string conversation, string id, string from, string to, double hours, string kind = "question") =>
        Batch(tenant, Item(tenant, conversation, id, from, to, hours, kind));

    public static MessageIngested Item(string tenant, string conversation, string id, string from, string to, double hours, string kind = "question", string channel = "api") =>
        new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, conversation, id, from, [to], Start.AddHours(hours), null,
            $"{kind} from {from}", kind, kind is "question" or "greeting" or "offer" or "meeting-proposal", channel, null);

    public static MessagesIngested Batch(string tenant, params MessageIngested[] items) => new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, items);
}
