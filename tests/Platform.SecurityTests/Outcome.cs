using System.Net;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>What one request got, read whole (or only its headers for event streams).</summary>
public sealed record Outcome(string Case, HttpStatusCode Status, string? ContentType, string Body)
{
    public int Code => (int)Status;

    public bool IsProblem => ContentType?.Contains("problem+json", StringComparison.OrdinalIgnoreCase) == true;

    public override string ToString() => $"{Case} → {Code} {ContentType} {Body[..Math.Min(Body.Length, 300)]}";

    public static async Task<Outcome> Of(HttpClient client, HttpRequestMessage request, string what)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var contentType = response.Content.Headers.ContentType?.MediaType;
        var body = contentType == "text/event-stream" ? string.Empty : await response.Content.ReadAsStringAsync();
        return new Outcome(what, response.StatusCode, contentType, body);
    }
}
