using Marten;
using Marten.Pagination;
using NetworkingPlatform.Mailboxes.Syncing;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Mailboxes.Listing;

public static class ListMailboxesEndpoint
{
    private const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapListMailboxes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/mailboxes", Handle)
            .WithName("ListMailboxes")
            .WithTags("Mailboxes")
            .WithSummary("The tenant's connected mailboxes and how each sync stands.")
            .WithDescription("Oldest first, pages of pageSize (default 50, at most 200) numbered from 1; total counts them all. "
                + "A member signed in sees their own mailboxes; with an API key, member filters by member.")
            .Produces<MailboxPage>()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(string? member, int? page, int? pageSize, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1)
        {
            errors["page"] = ["The page must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var whose = (caller.Member ?? member)?.Trim().ToLowerInvariant();
        await using var session = store.QuerySession(caller.TenantId);
        var query = session.Query<Mailbox>().AsQueryable();
        if (whose is { Length: > 0 })
        {
            query = query.Where(m => m.Member == whose);
        }

        var mailboxes = await query.OrderBy(m => m.ConnectedAt).ThenBy(m => m.Id).ToPagedListAsync(page ?? 1, pageSize ?? 50, cancellationToken);
        var states = (await session.LoadManyAsync<SyncState>(cancellationToken, mailboxes.Select(m => m.Id))).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return Results.Ok(new MailboxPage(
            [.. mailboxes.Select(m => MailboxView.From(m, states.GetValueOrDefault(m.Id)))], mailboxes.PageNumber, mailboxes.PageSize, mailboxes.TotalItemCount));
    }
}
