namespace NetworkingPlatform.ResponseTracking.Admin.Rebuilding;

public static class RebuildViewsEndpoint
{
    public const string AdminScope = "admin";

    public static IEndpointRouteBuilder MapRebuildViews(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/responses/admin/rebuild", Handle)
            .RequireAdminScope()
            .WithName("RebuildResponseViews")
            .WithTags("Administration")
            .WithDescription("Needs the admin scope. Replays every conversation's events into its status, the inboxes and the responsiveness figures; answers how many conversations were rebuilt.")
            .WithSummary("Rebuilds the tenant's conversation statuses, inboxes and responsiveness from the events (admin scope).");
        return endpoints;
    }

    private static async Task<Results<Ok<RebuildResponse>, ProblemHttpResult>> Handle(PlatformCaller caller, ViewsRebuilder rebuilder, CancellationToken cancellationToken)
    {
        if (!caller.Scopes.Contains(AdminScope))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Admin scope required",
                detail: "Rebuilding views needs an API key with the 'admin' scope.");
        }

        var conversations = await rebuilder.Rebuild(caller.TenantId, cancellationToken);
        return TypedResults.Ok(new RebuildResponse(conversations));
    }
}
