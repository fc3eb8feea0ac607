namespace NetworkingPlatform.Gateway.Audit;

/// <summary>
/// Webhook subscriptions live in Notification; the Gateway sees every change to them on its way through, and records
/// the ones the service accepted.
/// </summary>
public static class WebhookChangeAudit
{
    private const string WebhooksPath = "/api/v1/webhooks";

    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        await next();

        var path = context.Request.Path;
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || !path.StartsWithSegments(WebhooksPath) || context.Response.StatusCode is < 200 or > 299
            || context.User.FindFirst(PlatformIdentity.TenantClaim)?.Value is not { } tenantId)
        {
            return;
        }

        var action = HttpMethods.IsDelete(context.Request.Method) ? AuditActions.WebhookRemoved
            : HttpMethods.IsPost(context.Request.Method) && path.Equals(WebhooksPath, StringComparison.OrdinalIgnoreCase) ? AuditActions.WebhookCreated
            : AuditActions.WebhookChanged;
        var services = context.RequestServices;
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession();
        services.GetRequiredService<AuditLog>().Record(session, context.User, tenantId, action, $"{context.Request.Method} {path}",
            context.Response.Headers.Location.ToString() is { Length: > 0 } location ? $"location {location}" : null);
        await session.SaveChangesAsync(CancellationToken.None);
    }
}
