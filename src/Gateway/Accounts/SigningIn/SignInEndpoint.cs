using NetworkingPlatform.Gateway.Tenants;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Accounts.SigningIn;

public static class SignInEndpoint
{
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public sealed record SignInRequest(string? Email, string? Password);

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/account/sign-in", Handle)
            .AllowAnonymous()
            .WithName("SignIn")
            .WithTags("Sign-up and sign-in")
            .WithDescription("Public. Answers the account and sets the np_session cookie (HttpOnly, sliding 8 hours). A wrong email or password is 401 and takes as long either way.")
            .WithSummary("Signs in with email and password (cookie np_session). Five failures in a row lock the account for 15 minutes (429).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoints;
    }

    private static async Task<Results<Ok<AccountView>, ValidationProblem, ProblemHttpResult>> Handle(SignInRequest? request, HttpContext context, IDocumentStore store, Passwords passwords, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.Email) && request.Email.Length <= EmailAddresses.MaxLength, "email", "The email address is required.")
            .Check(!string.IsNullOrEmpty(request.Password) && request.Password.Length <= Passwords.MaxLength, "password", "The password is required.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        var email = Account.NormalizeEmail(request.Email!);
        var account = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == email, cancellationToken);
        var now = clock.GetUtcNow();
        if (account?.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return LockedOut(context, lockedUntil, lockedUntil - now);
        }

        if (!passwords.Verify(account, request.Password!))
        {
            if (account is null)
            {
                return BadCredentials();
            }

            account.FailedSignIns++;
            var locked = account.FailedSignIns >= FailuresBeforeLockout;
            if (locked)
            {
                account.FailedSignIns = 0;
                account.LockedUntil = now + LockoutDuration;
            }

            session.Store(account);
            await session.SaveChangesAsync(cancellationToken);
            return locked ? LockedOut(context, account.LockedUntil!.Value, LockoutDuration) : BadCredentials();
        }

        if (account!.FailedSignIns > 0 || account.LockedUntil is not null)
        {
            account.FailedSignIns = 0;
            account.LockedUntil = null;
            session.Store(account);
            await session.SaveChangesAsync(cancellationToken);
        }

        var tenant = await session.LoadAsync<Tenant>(account.TenantId, cancellationToken);
        await context.StartSession(account);
        return TypedResults.Ok(AccountView.Of(account, tenant?.Name ?? account.TenantId));
    }

    private static ProblemHttpResult BadCredentials() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
        detail: "The email or the password is wrong.");

    private static ProblemHttpResult LockedOut(HttpContext context, DateTimeOffset lockedUntil, TimeSpan remaining)
    {
        context.Response.Headers.RetryAfter = Math.Ceiling(remaining.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        // lockedUntil tells a locked account apart from a request limit, which answers 429 too.
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins",
            detail: $"After {FailuresBeforeLockout} failed sign-ins in a row the account is locked for {LockoutDuration.TotalMinutes:0} minutes.",
            extensions: new Dictionary<string, object?> { ["lockedUntil"] = lockedUntil });
    }
}
