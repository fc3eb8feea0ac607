using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkingPlatform.ServiceDefaults.Requests;

/// <summary>
/// PostgreSQL stores no NUL character in text or jsonb: a request string carrying one (<c>\u0000</c>) is refused when
/// it is read, as a 400, instead of failing the write with a 500. Only escaped strings can hold one, so others pass
/// without a second look.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(ref reader)!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(ref Utf8JsonReader reader)
    {
        var value = reader.GetString();
        if (reader.ValueIsEscaped && value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("Text must not contain the NUL character (\\u0000).");
        }

        return value;
    }
}
