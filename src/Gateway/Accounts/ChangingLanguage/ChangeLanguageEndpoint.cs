using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Accounts.ChangingLanguage;

public static class ChangeLanguageEndpoint
{
    public sealed record ChangeLanguageRequest(string? Language);

    public static RouteGroupBuilder MapChangeLanguage(this RouteGroupBuilder account)
    {
        account.MapPut("/language", Handle)
            .WithName("ChangeLanguage")
            .WithTags("Account")
            .WithDescription("The language of the portal and, unless the member chose another in their notification preferences, of their notifications.")
            .WithSummary("Sets the account's language, 'es' or 'en'.");
        return account;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(ChangeLanguageRequest? request, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors().Check(Languages.IsSupported(request?.Language), "language", "The language is 'es' or 'en'.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        if (await session.Load(context, cancellationToken) is not { } account)
        {
            return CurrentAccount.Gone();
        }

        account.Language = request!.Language!;
        session.Store(account);
        AccountLanguageChosen.Record(session, account);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
