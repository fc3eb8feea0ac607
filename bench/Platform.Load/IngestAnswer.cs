using System.Text.Json;

namespace NetworkingPlatform.Platform.Load;

/// <summary>What Ingestion answers about a message it took: its kind, whether it needs a reply, whether it was new.</summary>
public sealed record IngestAnswer(string MessageId, string Kind, bool NeedsReply, bool Duplicate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IngestAnswer Parse(string body) => JsonSerializer.Deserialize<IngestAnswer>(body, Json)!;

    public static IReadOnlyList<IngestAnswer> ParseBatch(string body) => JsonSerializer.Deserialize<BatchAnswer>(body, Json)!.Messages;

    private sealed record BatchAnswer(IReadOnlyList<IngestAnswer> Messages);
}
