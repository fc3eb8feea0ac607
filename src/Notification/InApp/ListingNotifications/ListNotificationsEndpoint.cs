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
            .WithSummary("A member's in-app notifications, newest first, with the unread count.")
            .Produces<NotificationPage>()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(string? member, int? limit, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var recipient = (caller.Member ?? member)?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(recipient))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["member"] = ["Name the member whose notifications to list."] });
        }

        var take = Math.Clamp(limit ?? 50, 1, MaxPageSize);
        await using var session = store.QuerySession(caller.TenantId);
        var items = await session.Query<InAppNotification>()
            .Where(n => n.Recipient == recipient)
            .OrderByDescending(n => n.CreatedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
        var unread = await session.Query<InAppNotification>()
            .CountAsync(n => n.Recipient == recipient && n.ReadAt == null, cancellationToken);
        return Results.Ok(new NotificationPage(recipient, unread, [.. items.Select(NotificationItem.From)]));
    }
}
