using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace NetworkingPlatform.Notification.InApp.LiveStream;

public static class LiveStreamEndpoint
{
    public const string UnreadEvent = "unread";
    public const string NotificationEvent = "notification";

    public static IEndpointRouteBuilder MapLiveStream(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/notifications/stream", Handle)
            .WithName("StreamNotifications")
            .WithTags("Notifications")
            .WithDescription("text/event-stream: event unread ({\"unread\": n}) first, then event notification with each new notification. Works across replicas; a reconnecting client gets the unread count first.")
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Server-Sent Events: first the unread count, then each new notification of the member as it is stored.")
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(string? member, PlatformCaller caller, IDocumentStore store, LiveFeed feed, CancellationToken cancellationToken)
    {
        if (MemberQuery.Resolve(caller, member) is not { } recipient)
        {
            return MemberQuery.Missing();
        }

        await using var session = store.QuerySession(caller.TenantId);
        var unread = await UnreadCount.Of(session, recipient, cancellationToken);
        return TypedResults.ServerSentEvents(Events(feed, caller.TenantId, recipient, unread, cancellationToken));
    }

    // The unread count goes first so that a client knows the stream is open before anything new arrives.
    private static async IAsyncEnumerable<SseItem<object>> Events(LiveFeed feed, string tenantId, string member, int unread, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = feed.Subscribe(tenantId, member);
        yield return new SseItem<object>(new { unread }, UnreadEvent);
        await foreach (var item in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            yield return new SseItem<object>(item, NotificationEvent);
        }
    }
}
