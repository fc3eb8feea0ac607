using NetworkingPlatform.Mailboxes.Imap;
using NetworkingPlatform.Mailboxes.Secrets;
using NetworkingPlatform.Mailboxes.Syncing;

namespace NetworkingPlatform.Mailboxes.Connecting;

public static class ConnectMailboxEndpoint
{
    public static IEndpointRouteBuilder MapConnectMailbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/mailboxes", Handle)
            .WithName("ConnectMailbox")
            .WithTags("Mailboxes")
            .WithSummary("Connects a member's IMAP mailbox after trying the connection.")
            .WithDescription("The connection is tried before anything is stored: a failure is 422 naming its cause under cause "
                + "(authentication, tls, host, folder) and the field to correct under errors. Folders default to INBOX and the "
                + "folder the server marks as Sent. The password is stored encrypted with the tenant's own keys and never returned. "
                + "The first sync takes the last 12 months as history (no nudges, notifications, emails or webhooks); after it, new "
                + "mail is taken as it arrives (IMAP IDLE, else polling). A member signed in connects only their own mailbox; an API "
                + "key names the member.")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Created<MailboxView>, ValidationProblem, ProblemHttpResult>> Handle(
        ConnectMailboxRequest request,
        PlatformCaller caller,
        IDocumentStore store,
        ImapConnector connector,
        MailboxPasswords passwords,
        SyncSignal signal,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (caller.Member is { } own && request.Member is { } named && !string.Equals(own, named.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "A member connects only their own mailbox.");
        }

        var member = (caller.Member ?? request.Member)?.Trim().ToLowerInvariant() is { Length: > 0 } m ? m : null;
        var errors = ConnectionRules.Check(request, member);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The mailbox settings are not valid.");
        }

        var host = request.Host!.Trim();
        var userName = request.UserName!.Trim();
        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.Query<Mailbox>().AnyAsync(x => x.Member == member && x.Host == host && x.UserName == userName, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already connected",
                detail: $"The mailbox {userName} on {host} is already connected for {member}: disconnect it first to connect it again.");
        }

        var settings = new ImapSettings(host, ConnectionRules.PortOf(request), request.Tls ?? TlsModes.Auto, userName, request.Password!);
        List<MailboxFolder> folders;
        try
        {
            using var client = await connector.Connect(settings, cancellationToken);
            folders = await FolderDiscovery.Resolve(client, request.Folders, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (ConnectionFailedException failed)
        {
            // A validation problem other than 400 is a problem result: ValidationProblem answers 400 only.
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [failed.Failure.Field] = [failed.Failure.Message] })
            {
                Detail = failed.Failure.Message,
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The mailbox could not be connected.",
                Extensions = { ["cause"] = failed.Failure.Cause },
            });
        }

        var mailbox = new Mailbox
        {
            Id = Guid.CreateVersion7().ToString("N"),
            TenantId = caller.TenantId,
            Member = member!,
            Address = ConnectionRules.AddressOf(request)!,
            Host = host,
            Port = settings.Port,
            Tls = settings.Tls,
            UserName = userName,
            Folders = folders,
            ConnectedAt = clock.GetUtcNow(),
        };
        mailbox.ProtectedPassword = passwords.Protect(caller.TenantId, mailbox.Id, request.Password!);
        session.Store(mailbox);
        await session.SaveChangesAsync(cancellationToken);
        signal.Raise();
        return TypedResults.Created($"/api/v1/mailboxes/{mailbox.Id}", MailboxView.From(mailbox, null));
    }
}
