using System.Text.Json.Nodes;

namespace NetworkingPlatform.TestServers.Contract;

/// <summary>One operation of a committed OpenAPI document: its method, its path template's segments and its responses.</summary>
public sealed record DocumentedOperation(string Document, string Method, string Template, string[] Segments, JsonObject Responses)
{
    public int LiteralSegments => Segments.Count(segment => !IsParameter(segment));

    public bool Matches(string method, string[] path) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase)
        && path.Length == Segments.Length
        && Segments.Zip(path).All(pair => IsParameter(pair.First) || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));

    /// <summary>The documented response for a status: the status itself, its class (<c>4XX</c>) or <c>default</c>.</summary>
    public JsonObject? ResponseFor(int status) =>
        (Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? Responses[$"{status / 100}XX"]
            ?? Responses["default"]) as JsonObject;

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
