using System.Text.RegularExpressions;

namespace NetworkingPlatform.Gateway.Accounts;

/// <summary>Member handles as the services compare them: lowercase letters, digits and single hyphens.</summary>
public static partial class MemberHandles
{
    public const int MaxLength = 100;

    public static bool IsValid(string? handle) => handle is { Length: > 0 and <= MaxLength } && HandlePattern().IsMatch(handle);

    /// <summary>A handle from the local part of an email: "Ana.García@x" gives "ana-garcia".</summary>
    public static string FromEmail(string email)
    {
        var local = email.Split('@')[0].Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in local)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var handle = builder.ToString().Trim('-');
        return handle.Length == 0 ? "member" : handle[..Math.Min(handle.Length, 60)].Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.NonBacktracking)]
    private static partial Regex HandlePattern();
}
