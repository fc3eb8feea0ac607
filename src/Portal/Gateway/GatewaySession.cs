using System.Net.Http.Json;
using Microsoft.Net.Http.Headers;

namespace NetworkingPlatform.Portal.Gateway;

/// <summary>Sends one request to the Gateway as a signed-in account (its session cookie) and reads the answer.</summary>
public static class GatewaySession
{
    public const string CookieName = "np_session";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static HttpRequestMessage Request(HttpMethod method, string path, string? session, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (session is not null)
        {
            request.Headers.Add(HeaderNames.Cookie, new CookieHeaderValue(CookieName, session).ToString());
        }

        if (body is HttpContent content)
        {
            request.Content = content;
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    public static async Task<GatewayResult<T>> Read<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return await GatewayProblem.Read(response, cancellationToken);
        }

        if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(NoContent))
        {
            return new GatewayResult<T>(default, null);
        }

        return new GatewayResult<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
    }

    public static string? SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
        && SetCookieHeaderValue.TryParseList([.. values], out var cookies)
            ? cookies.FirstOrDefault(cookie => cookie.Name.Equals(CookieName, StringComparison.Ordinal) && cookie.Value.Length > 0)?.Value.ToString()
            : null;
}
