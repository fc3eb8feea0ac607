namespace NetworkingPlatform.ResponseTracking.Members.Reporting;

/// <summary>
/// Figures asked for with a misspelt parameter ("asof=", "form=") would silently answer for the default window. These
/// endpoints take only the parameters they name (compared without case, as they are bound); any other is a 400 naming it.
/// </summary>
public static class QueryParameters
{
    public static RouteHandlerBuilder TakesOnlyQuery(this RouteHandlerBuilder endpoint, params string[] names) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var unknown = context.HttpContext.Request.Query.Keys
                .Where(key => !names.Contains(key, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (unknown.Count == 0)
            {
                return await next(context);
            }

            var expected = names.Length == 0 ? "it takes no query parameters" : $"it takes {string.Join(", ", names)}";
            return TypedResults.ValidationProblem(
                unknown.ToDictionary(key => key, key => new[] { $"Unknown query parameter '{key}': {expected}." }, StringComparer.Ordinal),
                title: "Unknown query parameters.");
        })
        .ProducesValidationProblem();
}
