using NetworkingPlatform.Mailboxes.Syncing;

namespace NetworkingPlatform.Mailboxes.Disconnecting;

public static class DisconnectMailboxEndpoint
{
    public static IEndpointRouteBuilder MapDisconnectMailbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/api/v1/mailboxes/{id}", Handle)
            .WithName("DisconnectMailbox")
            .WithTags("Mailboxes")
            .WithSummary("Stops syncing a mailbox and forgets its settings and password.")
            .WithDescription("The conversations the mailbox brought stay, with their history; disconnecting it again is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(string id, PlatformCaller caller, IDocumentStore store, SyncSignal signal, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        var mailbox = await session.LoadAsync<Mailbox>(id, cancellationToken);
        if (mailbox is null || (caller.Member is { } member && member != mailbox.Member))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No mailbox '{id}' is connected.");
        }

        session.Delete(mailbox);
        session.Delete<SyncState>(id);
        await session.SaveChangesAsync(cancellationToken);
        signal.Raise();
        return TypedResults.NoContent();
    }
}
