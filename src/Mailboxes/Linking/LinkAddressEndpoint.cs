using NetworkingPlatform.Mailboxes.People;

namespace NetworkingPlatform.Mailboxes.Linking;

/// <summary>
/// The member says an email address is a person they know by another handle (a LinkedIn slug): mail from and to that
/// address is then that person's, in the same waits, reply times and responsiveness as their LinkedIn messages.
/// </summary>
public static partial class LinkAddressEndpoint
{
    public static IEndpointRouteBuilder MapLinkAddress(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v1/mailboxes/addresses/{address}", Handle)
            .WithName("LinkAddress")
            .WithTags("Email addresses")
            .WithSummary("Says that an email address is the person known by another handle.")
            .WithDescription("The handle is usually a LinkedIn profile slug. Mail synced from now on from and to that address counts for "
                + "that person, in the same waits, reply times and responsiveness as their LinkedIn messages. Linking an address again "
                + "replaces its handle.");
        return endpoints;
    }

    private static async Task<Results<Ok<AddressLinkView>, ValidationProblem>> Handle(string address, LinkAddressRequest request, PlatformCaller caller, IDocumentStore store, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var normalized = AddressBook.Normalize(address);
        if (normalized.Length > 320 || !MailboxAddress.TryParse(normalized, out var parsed) || parsed.Address != normalized || !normalized.Contains('@'))
        {
            errors["address"] = [$"'{address}' is no email address."];
        }

        var handle = request.Handle?.Trim().ToLowerInvariant();
        if (handle is null || handle.Length is 0 or > 200 || !HandleGrammar().IsMatch(handle))
        {
            errors["handle"] = ["A handle is required: letters, digits, '-', '_' and '.', starting and ending with a letter or digit (a LinkedIn profile slug)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var link = new AddressLink { Id = normalized, Handle = handle!, Source = AddressLink.ByMember, LinkedAt = clock.GetUtcNow() };
        await using var session = store.LightweightSession(caller.TenantId);
        session.Store(link);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AddressLinkView(link.Id, link.Handle, link.Source, link.LinkedAt));
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}]([\p{L}\p{M}\p{Nd}._-]*[\p{L}\p{M}\p{Nd}])?$")]
    private static partial Regex HandleGrammar();
}
