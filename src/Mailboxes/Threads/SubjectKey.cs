using NetworkingPlatform.Mailboxes.Email;

namespace NetworkingPlatform.Mailboxes.Threads;

/// <summary>
/// For mail that carries no In-Reply-To or References: the subject without reply and forward prefixes (Re, RE, Fwd,
/// Fw, RV, Rif, AW, SV, TR, in any number and case) together with everybody who took part, so a reply found by
/// subject joins the conversation of the same people only.
/// </summary>
public static partial class SubjectKey
{
    public static string Of(ReadEmail email)
    {
        var people = email.To.Concat(email.Cc).Append(email.From)
            .Select(a => a?.Address?.Trim().ToLowerInvariant())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return "s:" + EmailIds.Hash($"{Topic(email.Subject)}\n{string.Join(',', people)}", 32);
    }

    public static bool IsReply(string subject) => Prefixes().IsMatch(subject);

    public static string Topic(string subject) => Spaces().Replace(Prefixes().Replace(subject, string.Empty), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"^(\s*(re|fwd?|rv|rif|aw|sv|tr|reenviar|res)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefixes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
