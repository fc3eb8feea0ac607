using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

public static class ListNotificationsEndpoint
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapListNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/notifications", Handle)
            .WithName("ListNotifications")
            .WithTags("Notifications")
            .WithSummary("A member's in-app notifications, newest first, a page at a time, with the unread count.")
            .WithDescription("member names the member for an API key; a signed-in member reads their own. unreadOnly leaves out what was "
                + "read. limit 1-100 (default 50) and offset page through the list; next is the offset of the following page.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces<NotificationPage>()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(string? member, int? limit, int? offset, bool? unreadOnly, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (MemberQuery.Resolve(caller, member) is not { } recipient)
        {
            return MemberQuery.Missing();
        }

        if (offset is < 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["offset"] = ["The offset cannot be negative."] });
        }

        var take = Math.Clamp(limit ?? 50, 1, MaxPageSize);
        var skip = offset ?? 0;
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
        return Results.Ok(new NotificationPage(recipient, unread, total, skip, next, [.. items.Select(NotificationItem.From)]));
    }
}
