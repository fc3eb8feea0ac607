namespace NetworkingPlatform.Notification.InApp.MarkingRead;

public static class MarkReadEndpoint
{
    public static IEndpointRouteBuilder MapMarkRead(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/notifications/{id}/read", MarkOne)
            .WithName("MarkNotificationRead")
            .WithTags("Notifications")
            .WithDescription("Answers the member's unread count after the change.")
            .WithSummary("Marks one notification read; marking it again changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapPost("/api/v1/notifications/read", MarkAll)
            .WithName("MarkAllNotificationsRead")
            .WithTags("Notifications")
            .WithDescription("member names the member for an API key; a signed-in member marks their own.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Marks every notification of the member read.");
        return endpoints;
    }

    private static async Task<Results<Ok<MarkedRead>, ProblemHttpResult>> MarkOne(string id, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        var notification = await session.LoadAsync<InAppNotification>(id, cancellationToken);
        if (notification is null || (caller.Member is { } member && member != notification.Recipient))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such notification.", detail: $"There is no notification '{id}'.");
        }

        if (notification.ReadAt is null)
        {
            notification.ReadAt = clock.GetUtcNow();
            session.Store(notification);
            await session.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(new MarkedRead(notification.Recipient, 1, await UnreadCount.Of(session, notification.Recipient, cancellationToken)));
    }

    private static async Task<Results<Ok<MarkedRead>, ValidationProblem>> MarkAll(string? member, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (MemberQuery.Resolve(caller, member) is not { } recipient)
        {
            return MemberQuery.Missing();
        }

        await using var session = store.LightweightSession(caller.TenantId);
        var unread = await session.Query<InAppNotification>()
            .Where(n => n.Recipient == recipient && n.ReadAt == null)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }

        session.Store(unread.ToArray());
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new MarkedRead(recipient, unread.Count, 0));
    }
}
