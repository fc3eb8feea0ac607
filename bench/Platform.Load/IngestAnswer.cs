using System.Text.Json;

namespace NetworkingPlatform.Platform.Load;

/// <summary>What Ingestion answers about a message it took: its kind, whether it needs a reply, whether it was new.</summary>
public sealed record IngestAnswer(string MessageId, string Kind, bool NeedsReply, bool Duplicate)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Null when a success's body is not an answer (empty, cut short): the client cannot count it as taken.</summary>
    public static IngestAnswer? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<IngestAnswer>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Null when a success's body is not an answer for <paramref name="count"/> messages.</summary>
    public static IReadOnlyList<IngestAnswer>? TryParseBatch(string body, int count)
    {
        try
        {
            return JsonSerializer.Deserialize<BatchAnswer>(body, Json)?.Messages is { } messages && messages.Count == count ? messages : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record BatchAnswer(IReadOnlyList<IngestAnswer> Messages);
}
