namespace NetworkingPlatform.Portal.Gateway;

/// <summary>
/// A problem details answer of the Gateway or a service behind it, with its validation errors by field; for a 429, when
/// to try again and, if an account is locked rather than a request limit reached, until when.
/// </summary>
public sealed record GatewayProblem(HttpStatusCode Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors,
    TimeSpan? RetryAfter = null, DateTimeOffset? LockedUntil = null)
{
    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(error => string.Equals(error.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    public string Summary => Detail ?? Title ?? Status.ToString();

    public static GatewayProblem Unreachable(string detail) =>
        new(HttpStatusCode.ServiceUnavailable, "The platform cannot be reached", detail, new Dictionary<string, string[]>());

    public static async Task<GatewayProblem> Read(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        string? title = null, detail = null;
        DateTimeOffset? lockedUntil = null;
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
                detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
                lockedUntil = root.TryGetProperty("lockedUntil", out var l) && l.TryGetDateTimeOffset(out var until) ? until : null;
                if (root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in e.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(message => message.GetString() ?? string.Empty)]
                            : [field.Value.ToString()];
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not problem details (a proxy error page, say): the status alone tells what happened.
        }

        return new GatewayProblem(response.StatusCode, title, detail, errors, response.Headers.RetryAfter?.Delta, lockedUntil);
    }
}
