namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>The 403 answer of a caller who is known but lacks the scope the request needs.</summary>
public static class ForbiddenProblem
{
    public static async Task Write(HttpContext context)
    {
        var scope = context.Items[ScopeRequirement.MissingScopeItem] as string;
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = scope is null
                    ? "The caller may not do this."
                    : $"This request needs the '{scope}' scope, which the caller's key or account does not have.",
            },
        });
    }
}
