namespace NetworkingPlatform.Mailboxes.Email;

/// <summary>
/// The text a sender wrote in this email, without the history their mail program quoted below it or their signature,
/// in Spanish and English: what the classifier reads and the inbox shows. Cuts at the first line that starts quoted
/// history ("On … wrote:", "El … escribió:", "-----Original Message-----", an Outlook "From:/De:" block, a line of
/// underscores) or a signature ("-- ", "Sent from my …", "Enviado desde mi …"), and drops "&gt;" lines left anywhere.
/// </summary>
public static partial class ReplyText
{
    public const int MaxLength = 20_000;

    public static string Strip(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (EndsHere(lines, i, trimmed))
            {
                break;
            }

            if (trimmed.StartsWith('>'))
            {
                continue;
            }

            kept.Add(line.TrimEnd());
        }

        var result = string.Join('\n', kept).Trim();
        result = BlankLines().Replace(result, "\n\n");
        return result.Length <= MaxLength ? result : result[..MaxLength];
    }

    private static bool EndsHere(string[] lines, int i, string trimmed)
    {
        if (lines[i] is "-- " or "--" || QuoteDivider().IsMatch(trimmed) || SentFrom().IsMatch(trimmed) || Attribution().IsMatch(trimmed))
        {
            return true;
        }

        // Attributions that mail programs wrap over two lines: "On Tue, 3 Dec 2026 at 10:15, Ana García" / "<ana@x.org> wrote:".
        if (AttributionStart().IsMatch(trimmed) && i + 1 < lines.Length && AttributionEnd().IsMatch(lines[i + 1].Trim()))
        {
            return true;
        }

        // Outlook's header block: "From: …" (or "De: …") followed within three lines by "Sent:"/"Enviado:"/"Date:"/"Fecha:".
        if (OutlookFrom().IsMatch(trimmed))
        {
            for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
            {
                if (OutlookSent().IsMatch(lines[j].Trim()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(-{2,}\s*(Original Message|Mensaje original|Forwarded message|Mensaje reenviado)\s*-{2,}|_{20,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteDivider();

    [GeneratedRegex(@"^(Sent from my |Enviado desde mi |Get Outlook for |Obtener Outlook para )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^(On\s.+\swrote:|El\s.+\sescribi[oó]:|Le\s.+\sa [ée]crit\s?:|Am\s.+\sschrieb.*:)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(On|El)\s.+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(wrote|escribi[oó]):$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^\*?(From|De):\*?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"^\*?(Sent|Enviado|Date|Fecha|To|Para):\*?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutlookSent();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
