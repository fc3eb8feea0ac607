using NetworkingPlatform.Gateway.Sessions;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Accounts.ChangingPassword;

public static class ChangePasswordEndpoint
{
    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public static RouteGroupBuilder MapChangePassword(this RouteGroupBuilder account)
    {
        account.MapPost("/password", Handle)
            .WithName("ChangePassword")
            .WithTags("Account")
            .WithDescription("Needs the current password; the new one has at least 10 characters. The session that sends it stays signed in.")
            .WithSummary("Changes the password; every other session of the account ends.");
        return account;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(ChangePasswordRequest? request, HttpContext context, IDocumentStore store, Passwords passwords, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var errors = new RequestErrors()
            .Check(!string.IsNullOrEmpty(request.CurrentPassword), "currentPassword", "The current password is required.")
            .Add("newPassword", Passwords.Problem(request.NewPassword));
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        if (await session.Load(context, cancellationToken) is not { } account)
        {
            return CurrentAccount.Gone();
        }

        if (request.CurrentPassword!.Length > Passwords.MaxLength || !passwords.Verify(account, request.CurrentPassword))
        {
            return new RequestErrors().Add("currentPassword", "The current password is wrong.").ToResult();
        }

        account.PasswordHash = passwords.Hash(account, request.NewPassword!);
        session.Store(account);
        MartenTicketStore.RevokeAll(session, account.Id, except: SessionClaims.SessionId(context.User));
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
