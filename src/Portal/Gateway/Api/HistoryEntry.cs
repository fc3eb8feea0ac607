namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record HistoryEntry(long Version, string Type, DateTimeOffset RecordedAt, JsonElement Data)
{
    /// <summary>A property of the event's data as text; a list joined with commas; null when absent.</summary>
    public string? Text(string property)
    {
        if (Data.ValueKind != JsonValueKind.Object || !Data.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(item => item.ToString())),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.ToString(),
        };
    }
}
