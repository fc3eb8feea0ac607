using Marten.Pagination;
using NetworkingPlatform.Mailboxes.Syncing;
using NetworkingPlatform.ServiceDefaults.Paging;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Mailboxes.Listing;

public static class ListMailboxesEndpoint
{
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapListMailboxes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/mailboxes", Handle)
            .WithName("ListMailboxes")
            .WithTags("Mailboxes")
            .WithSummary("The tenant's connected mailboxes and how each sync stands.")
            .WithDescription("Oldest first, pages of pageSize (default 50, at most 200) numbered from 1; total counts them all. "
                + "A member signed in sees their own mailboxes; with an API key, member filters by member.");
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<MailboxView>>, ValidationProblem>> Handle(string? member, [AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var listed = paging.Resolve(errors, DefaultPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var whose = (caller.Member ?? member)?.Trim().ToLowerInvariant();
        await using var session = store.QuerySession(caller.TenantId);
        var query = session.Query<Mailbox>().AsQueryable();
        if (whose is { Length: > 0 })
        {
            query = query.Where(m => m.Member == whose);
        }

        var mailboxes = await query.OrderBy(m => m.ConnectedAt).ThenBy(m => m.Id).ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        var states = (await session.LoadManyAsync<SyncState>(cancellationToken, mailboxes.Select(m => m.Id))).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return TypedResults.Ok(mailboxes.ToListPage(m => MailboxView.From(m, states.GetValueOrDefault(m.Id))));
    }
}
