namespace NetworkingPlatform.ServiceDefaults.Requests;

/// <summary>A query parameter carrying a NUL character (<c>%00</c>) is refused with 400 problem details naming it: no store takes one.</summary>
public static class NulInQuery
{
    public static IApplicationBuilder RefuseNulInQuery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.HasValue
            && context.Request.Query.FirstOrDefault(pair => pair.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)) is { Key: not null } bad)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "Bad request",
                    Detail = $"The query parameter '{bad.Key}' contains a NUL character.",
                    Extensions = { ["errors"] = new Dictionary<string, string[]> { [bad.Key] = ["Must not contain the NUL character."] } },
                },
            });
            return;
        }

        await next(context);
    });
}
