using System.Text.RegularExpressions;

namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>
/// A member is keyed by a handle, compared without case: a LinkedIn profile slug (<c>ana-garcia-4b2a1</c>), an email
/// address (<c>ana@example.org</c>) or an id (<c>crm_4711</c>). Every way in checks the same grammar, so nothing else
/// (markup, spaces, slashes, quotes) ever becomes a handle.
/// </summary>
public static partial class MemberHandle
{
    public const int MaxLength = 200;

    public const string Grammar = "a LinkedIn profile slug, an email address or an id: letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();

    /// <summary>Whether the normalised handle follows <see cref="Grammar"/>.</summary>
    public static bool IsValid(string normalized) => normalized.Length is > 0 and <= MaxLength && Pattern().IsMatch(normalized);

    // Letters of any script, because older LinkedIn slugs keep the accents of the name (/in/josé-garcía).
    [GeneratedRegex(
        @"^(?:[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}._-]*[\p{L}\p{M}\p{Nd}])?|[\p{L}\p{M}\p{Nd}._%+-]+@[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?(?:\.[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?)+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
