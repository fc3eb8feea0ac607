using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Accounts;

public static class CurrentAccount
{
    /// <summary>The signed-in caller's account, or null when it was removed since the session began.</summary>
    public static async Task<Account?> Load(this IQuerySession session, HttpContext context, CancellationToken cancellationToken) =>
        SessionClaims.AccountId(context.User) is { } id ? await session.LoadAsync<Account>(id, cancellationToken) : null;

    public static ProblemHttpResult Gone() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
        detail: "The account of this session no longer exists.");
}
