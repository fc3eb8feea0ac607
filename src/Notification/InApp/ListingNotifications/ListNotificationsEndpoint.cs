namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

public static class ListNotificationsEndpoint
{
    private const int MaxPageSize = 100;
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapListNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/notifications", Handle)
            .WithName("ListNotifications")
            .WithTags("Notifications")
            .WithSummary("A member's in-app notifications, newest first, a page at a time, with the unread count.")
            .WithDescription("member names the member for an API key; a signed-in member reads their own. unreadOnly leaves out what was "
                + "read. page from 1, pageSize 1-100 (default 50). limit and offset, the earlier way to page, still work for one release; "
                + "offset and next (the offset of the following page, null on the last) are still answered.")
            .WithDeprecatedParameters(("limit", "pageSize"), ("offset", "page"))
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<Results<Ok<NotificationPage>, ValidationProblem>> Handle(
        string? member, [AsParameters] PageQueryWithLimit paging, int? offset, bool? unreadOnly, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (MemberQuery.Resolve(caller, member) is not { } recipient)
        {
            return MemberQuery.Missing();
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (offset is < 0)
        {
            errors["offset"] = ["The offset cannot be negative."];
        }

        if (offset is not null && paging.Page is not null)
        {
            errors["offset"] = ["Page by page or by offset, not both."];
        }

        var listed = paging.Resolve(errors, DefaultPageSize, MaxPageSize, clampLimit: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The page is not valid.");
        }

        var take = listed.Size;
        var skip = offset ?? listed.Skip;
        await using var session = store.QuerySession(caller.TenantId);
        var visible = session.Query<InAppNotification>().Where(n => n.Recipient == recipient && n.WithdrawnAt == null);
        if (unreadOnly == true)
        {
            visible = visible.Where(n => n.ReadAt == null);
        }

        var total = await visible.CountAsync(cancellationToken);
        var items = await visible.OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var unread = await UnreadCount.Of(session, recipient, cancellationToken);
        int? next = skip + items.Count < total ? skip + items.Count : null;
        return TypedResults.Ok(new NotificationPage(recipient, unread, [.. items.Select(NotificationItem.From)], skip / take + 1, take, total, skip, next));
    }
}
