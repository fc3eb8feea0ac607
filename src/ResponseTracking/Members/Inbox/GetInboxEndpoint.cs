using System.Linq.Expressions;
using Marten.Pagination;
using NetworkingPlatform.ResponseTracking.People;
using NetworkingPlatform.ServiceDefaults.OpenApi;
using NetworkingPlatform.ServiceDefaults.Paging;

namespace NetworkingPlatform.ResponseTracking.Members.Inbox;

public static class GetInboxEndpoint
{
    public const string WaitingOnYou = "waiting-on-you";
    public const string WaitingOnOthers = "waiting-on-others";
    private const int MaxPageSize = 100;
    private const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapGetInbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/members/{member}/inbox", Handle)
            .WithName("GetInbox")
            .WithSummary("Conversations waiting on the member (view=waiting-on-you) or on others (view=waiting-on-others), oldest first, "
                + "a page at a time (page from 1, pageSize 1-100, default 20; limit is pageSize's earlier name); people by name.")
            .WithTags("Inbox")
            .WithDescription("Each item names the people by name, the conversation by its title, how long it has waited, its kind and excerpt, and whether it is overdue. page from 1, pageSize from 1 to 100 (default 20); limit is pageSize's earlier name. A member acting for another member is 403.")
            .WithDeprecatedParameters(("limit", "pageSize"))
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }

    private static async Task<Results<Ok<InboxResponse>, ValidationProblem>> Handle(
        string member,
        string? view,
        string? kind,
        string? channel,
        [AsParameters] PageQueryWithLimit paging,
        PlatformCaller caller,
        IDocumentStore store,
        CancellationToken cancellationToken)
    {
        view ??= WaitingOnYou;
        var errors = new Dictionary<string, string[]>();
        if (view is not (WaitingOnYou or WaitingOnOthers))
        {
            errors["view"] = [$"The view must be '{WaitingOnYou}' or '{WaitingOnOthers}'."];
        }

        var listed = paging.Resolve(errors, DefaultPageSize, MaxPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var session = store.QuerySession(caller.TenantId);
        var onYou = view == WaitingOnYou;
        var query = session.Query<MemberConversation>().Where(c => c.Member == member);
        query = onYou ? query.Where(c => c.WaitingOnMemberSince != null) : query.Where(c => c.WaitingOnOthersSince != null);
        if (kind is not null)
        {
            query = onYou ? query.Where(c => c.WaitingOnMember!.Kind == kind) : query.Where(c => c.WaitingOnOthers!.Kind == kind);
        }

        if (channel is not null)
        {
            query = query.Where(c => c.Channel == channel);
        }

        Expression<Func<MemberConversation, DateTimeOffset?>> since = onYou ? c => c.WaitingOnMemberSince : c => c.WaitingOnOthersSince;
        var items = await query.OrderBy(since).ThenBy(c => c.ConversationId)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        var names = await PeopleNames.Load(session, items.SelectMany(c => c.Counterparts).Append(member), cancellationToken);
        return TypedResults.Ok(new InboxResponse(member, view, items.PageNumber, items.PageSize, items.TotalItemCount,
            [.. items.Select(c => InboxItem.From(c, onYou ? c.WaitingOnMember! : c.WaitingOnOthers!, names))], items.PageSize, names.Of(member)));
    }
}
