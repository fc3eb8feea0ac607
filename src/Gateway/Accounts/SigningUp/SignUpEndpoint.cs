using NetworkingPlatform.Gateway.Tenants;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Accounts.SigningUp;

public static class SignUpEndpoint
{
    public const int MaxNameLength = 200;

    public sealed record SignUpRequest(
        string? OrganisationName, string? DisplayName, string? Email, string? Password, string? MemberHandle, string? Language, string? TimeZone);

    public static IEndpointRouteBuilder MapSignUp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/account/sign-up", Handle)
            .AllowAnonymous()
            .WithName("SignUp")
            .WithTags("Sign-up and sign-in")
            .WithDescription("Public. The organisation gets a tenant id made from its name; the account is its admin (scopes read, write, admin) and acts as the member memberHandle (from the email when left out). 409 when the email has an account already.")
            .WithSummary("Creates an organisation (tenant) and its admin account, and signs it in (cookie np_session).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Created<AccountView>, ValidationProblem, ProblemHttpResult>> Handle(SignUpRequest? request, HttpContext context, IDocumentStore store, Passwords passwords, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var email = request.Email?.Trim() ?? string.Empty;
        var handle = string.IsNullOrWhiteSpace(request.MemberHandle) ? MemberHandles.FromEmail(email) : request.MemberHandle.Trim();
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.OrganisationName) && request.OrganisationName.Length <= MaxNameLength, "organisationName",
                $"The organisation's name is required, at most {MaxNameLength} characters.")
            .Check(!string.IsNullOrWhiteSpace(request.DisplayName) && request.DisplayName.Length <= MaxNameLength, "displayName",
                $"The display name is required, at most {MaxNameLength} characters.")
            .Add("email", EmailAddresses.Problem(request.Email))
            .Add("password", Passwords.Problem(request.Password))
            .Check(MemberHandles.IsValid(handle), "memberHandle", "A member handle has lowercase letters, digits and single hyphens.")
            .Check(request.Language is null || Languages.IsSupported(request.Language), "language", "The language is 'es' or 'en'.")
            .Check(request.TimeZone is null || TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _), "timeZone",
                $"'{request.TimeZone}' is not a known time zone (use an IANA name such as America/Mexico_City).");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        var normalized = Account.NormalizeEmail(email);
        if (await session.Query<Account>().AnyAsync(a => a.Email == normalized, cancellationToken))
        {
            return Problems.Conflict($"An account with the email '{normalized}' exists already.");
        }

        var now = clock.GetUtcNow();
        var tenant = new Tenant { Id = TenantIdFor(request.OrganisationName!), Name = request.OrganisationName!.Trim(), CreatedAt = now };
        var account = new Account
        {
            Id = Guid.CreateVersion7().ToString("N"),
            TenantId = tenant.Id,
            Email = normalized,
            DisplayName = request.DisplayName!.Trim(),
            Member = handle,
            Role = AccountRoles.Admin,
            Language = request.Language ?? Languages.Spanish,
            TimeZone = request.TimeZone,
            CreatedAt = now,
        };
        account.PasswordHash = passwords.Hash(account, request.Password!);
        session.Insert(tenant);
        session.Insert(account);
        AccountLanguageChosen.Record(session, account);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (UniqueViolation.Is(exception))
        {
            return Problems.Conflict($"An account with the email '{normalized}' exists already.");
        }

        await context.StartSession(account);
        return TypedResults.Created("/api/v1/account", AccountView.Of(account, tenant.Name));
    }

    /// <summary>A readable, unguessable tenant id: the organisation's name as a slug, then random characters.</summary>
    private static string TenantIdFor(string organisationName)
    {
        var slug = MemberHandles.FromEmail(organisationName);
        return $"{slug[..Math.Min(slug.Length, 30)].Trim('-')}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
    }
}
