using NetworkingPlatform.Gateway.Authentication;

namespace NetworkingPlatform.Gateway.Sessions;

/// <summary>The 401 answer of the Gateway, whichever credential was missing or refused.</summary>
public static class Unauthorized
{
    public static Task Write(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = ApiKeyAuthenticationHandler.SchemeName;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = $"Send a valid, unrevoked API key in the {ApiKeyAuthenticationHandler.HeaderName} header, or sign in (cookie {SessionCookie.CookieName}).",
            },
        }).AsTask();
    }
}
