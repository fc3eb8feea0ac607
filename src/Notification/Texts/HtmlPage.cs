namespace NetworkingPlatform.Notification.Texts;

/// <summary>The small HTML pages members reach from links in emails (answers, unsubscribing), in their language.</summary>
public static class HtmlPage
{
    public static ContentHttpResult Render(string language, int status, string title, string body)
    {
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Encode(title)}</title></head><body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">")
            .Append($"<main><h1>{Encode(title)}</h1>{body}</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Encode(string value) => WebUtility.HtmlEncode(value);
}
