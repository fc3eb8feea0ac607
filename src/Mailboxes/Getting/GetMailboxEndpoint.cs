using NetworkingPlatform.Mailboxes.Syncing;

namespace NetworkingPlatform.Mailboxes.Getting;

public static class GetMailboxEndpoint
{
    public static IEndpointRouteBuilder MapGetMailbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/mailboxes/{id}", Handle)
            .WithName("GetMailbox")
            .WithTags("Mailboxes")
            .WithSummary("A connected mailbox and how its sync stands.")
            .WithDescription("The first sync's progress (messages done of those in its window), the messages taken, those counted but "
                + "not tracked (auto-replies, mailing lists, no-reply senders) and the last error of the sync, if any. Never the password.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<MailboxView>, ProblemHttpResult>> Handle(string id, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var mailbox = await session.LoadAsync<Mailbox>(id, cancellationToken);
        if (mailbox is null || (caller.Member is { } member && member != mailbox.Member))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No mailbox '{id}' is connected.");
        }

        return TypedResults.Ok(MailboxView.From(mailbox, await session.LoadAsync<SyncState>(id, cancellationToken)));
    }
}
