namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>
/// The caller's <c>scope</c> claim must hold the scope the request needs (<see cref="PlatformScopes.RequiredFor"/>).
/// A missing scope fails the requirement, which answers 403 with problem details naming the scope.
/// </summary>
public sealed class ScopeRequirement : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    public const string MissingScopeItem = "platform:missing-scope";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            return Task.CompletedTask;
        }

        var required = PlatformScopes.RequiredFor(http.Request.Method, http.GetEndpoint()?.Metadata.GetMetadata<AdminOperation>() is not null);
        var granted = (context.User.FindFirst(PlatformIdentity.ScopeClaim)?.Value ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (granted.Contains(required, StringComparer.Ordinal))
        {
            context.Succeed(requirement);
        }
        else
        {
            http.Items[MissingScopeItem] = required;
            context.Fail(new AuthorizationFailureReason(this, $"The '{required}' scope is required."));
        }

        return Task.CompletedTask;
    }
}
