namespace NetworkingPlatform.ServiceDefaults.Requests;

/// <summary>Headers that keep browsers from sniffing, framing or leaking what a service answers, with each service's own content policy.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(
        this IApplicationBuilder app, Func<HttpContext, string> contentSecurityPolicy, string referrerPolicy = "no-referrer") => app.Use((context, next) =>
    {
        // Set when the answer starts, so that error answers (whose headers the exception handler clears) carry them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = referrerPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = contentSecurityPolicy(context);
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
