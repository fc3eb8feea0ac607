using NetworkingPlatform.Ingestion.Messages;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// People in an export are keyed by their profile URL's <c>/in/&lt;slug&gt;</c>, lowercased and unescaped; a slug
/// that is not a valid <see cref="MemberHandle"/> (markup, spaces) makes the URL unusable.
/// </summary>
public static class ProfileUrl
{
    public static bool TrySlug(string? url, out string slug)
    {
        slug = string.Empty;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var at = url.IndexOf("/in/", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = url.AsSpan(at + 4);
        var end = rest.IndexOfAny('/', '?', '#');
        var raw = (end < 0 ? rest : rest[..end]).Trim();
        // Most slugs are plain lowercase ASCII: read once per sender and recipient of every row, they skip the copies.
        var candidate = raw.ContainsAny('%', ' ') || raw.ContainsAnyInRange('A', 'Z') || !System.Text.Ascii.IsValid(raw)
            ? Uri.UnescapeDataString(raw.ToString()).Trim().ToLowerInvariant()
            : raw.ToString();
        if (!MemberHandle.IsValid(candidate))
        {
            return false;
        }

        slug = candidate;
        return true;
    }
}
