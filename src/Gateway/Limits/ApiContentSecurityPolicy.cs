namespace NetworkingPlatform.Gateway.Limits;

/// <summary>The API answers JSON only and runs nothing in a browser; the documentation page runs Scalar's own script and styles from this origin.</summary>
public static class ApiContentSecurityPolicy
{
    public const string DocsPath = "/docs";

    public static string For(HttpContext context) => context.Request.Path.StartsWithSegments(DocsPath)
        ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
        : "default-src 'none'; frame-ancestors 'none'";
}
