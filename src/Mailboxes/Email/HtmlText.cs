using MimeKit.Text;

namespace NetworkingPlatform.Mailboxes.Email;

/// <summary>
/// The text of an HTML body as a person reads it, for a message without a plain-text part. Quoted history is left out
/// where mail programs mark it (<c>blockquote</c>, Gmail's <c>gmail_quote</c>, Outlook's divider and Apple's and
/// Thunderbird's cite blocks), and scripts and styles are no text.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "hr" };

    public static string From(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipping = new Stack<string>();
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when skipping.Count > 0:
                    if (tag.Name.Equals(skipping.Peek(), StringComparison.OrdinalIgnoreCase))
                    {
                        if (tag.IsEndTag) { skipping.Pop(); } else if (!tag.IsEmptyElement) { skipping.Push(tag.Name); }
                    }

                    break;
                case HtmlTagToken tag when !tag.IsEndTag && !tag.IsEmptyElement && Quoted(tag):
                    skipping.Push(tag.Name);
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Name):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when skipping.Count == 0:
                    text.Append(WebUtility.HtmlDecode(data.Data));
                    break;
            }
        }

        return text.ToString();
    }

    private static bool Quoted(HtmlTagToken tag) =>
        tag.Name.ToLowerInvariant() is "blockquote" or "script" or "style" or "head"
        || tag.Attributes.Any(a => (a.Name.Equals("class", StringComparison.OrdinalIgnoreCase) && a.Value is { } c
                && (c.Contains("gmail_quote", StringComparison.OrdinalIgnoreCase) || c.Contains("moz-cite-prefix", StringComparison.OrdinalIgnoreCase)
                    || c.Contains("yahoo_quoted", StringComparison.OrdinalIgnoreCase)))
            || (a.Name.Equals("id", StringComparison.OrdinalIgnoreCase) && a.Value is { } id
                && (id.Equals("divRplyFwdMsg", StringComparison.OrdinalIgnoreCase) || id.Equals("appendonsend", StringComparison.OrdinalIgnoreCase))));
}
