using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Invitations;
using NetworkingPlatform.Gateway.Tenants;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Accounts.AcceptingInvitations;

public static class AcceptInvitationEndpoint
{
    public sealed record AcceptInvitationRequest(string? Token, string? DisplayName, string? Password, string? MemberHandle);

    public static IEndpointRouteBuilder MapAcceptInvitation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/account/accept-invitation", Handle)
            .AllowAnonymous()
            .WithName("AcceptInvitation")
            .WithTags("Sign-up and sign-in")
            .WithDescription("Public: the invitation's token is the credential. Creates the account with the role the invitation gave and signs it in; a used or expired token is 400.")
            .WithSummary("Creates the invited person's account in the inviting tenant and signs it in (cookie np_session).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Created<AccountView>, ValidationProblem, ProblemHttpResult>> Handle(AcceptInvitationRequest? request, HttpContext context, IDocumentStore store, Passwords passwords, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var errors = new RequestErrors()
            .Check(InvitationToken.TryParse(request.Token, out var token), "token", "The invitation token is missing or malformed.")
            .Check(!string.IsNullOrWhiteSpace(request.DisplayName) && request.DisplayName.Length <= 200, "displayName",
                "The display name is required, at most 200 characters.")
            .Add("password", Passwords.Problem(request.Password))
            .Check(request.MemberHandle is null || MemberHandles.IsValid(request.MemberHandle.Trim()), "memberHandle",
                "A member handle has lowercase letters, digits and single hyphens.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        var invitation = await session.LoadAsync<Invitation>(token.InvitationId, cancellationToken);
        if (invitation is null || !token.Matches(invitation.TokenHash) || invitation.AcceptedAt is not null || invitation.ExpiresAt <= now)
        {
            return new RequestErrors().Add("token", "The invitation is unknown, used or expired.").ToResult();
        }

        var handle = request.MemberHandle?.Trim() ?? await FreeHandle(session, invitation.TenantId, MemberHandles.FromEmail(invitation.Email), cancellationToken);
        if (await session.Query<Account>().AnyAsync(a => a.TenantId == invitation.TenantId && a.Member == handle, cancellationToken))
        {
            return Problems.Conflict($"The member handle '{handle}' is taken in this organisation.");
        }

        var account = new Account
        {
            Id = Guid.CreateVersion7().ToString("N"),
            TenantId = invitation.TenantId,
            Email = invitation.Email,
            DisplayName = request.DisplayName!.Trim(),
            Member = handle,
            Role = invitation.Role,
            Language = Languages.Spanish,
            CreatedAt = now,
        };
        account.PasswordHash = passwords.Hash(account, request.Password!);
        invitation.AcceptedAt = now;
        session.Insert(account);
        session.Store(invitation);
        AccountLanguageChosen.Record(session, account);
        var joined = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PlatformIdentity.SubjectClaim, $"account:{account.Id}"), new Claim("name", account.Email)]));
        audit.Record(session, joined, account.TenantId, AuditActions.MemberJoined, account.Email, $"role {account.Role}, member {account.Member}");
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (UniqueViolation.Is(exception))
        {
            return Problems.Conflict($"'{invitation.Email}' has an account already.");
        }

        var tenant = await session.LoadAsync<Tenant>(account.TenantId, cancellationToken);
        await context.StartSession(account);
        return TypedResults.Created("/api/v1/account", AccountView.Of(account, tenant?.Name ?? account.TenantId));
    }

    private static async Task<string> FreeHandle(IQuerySession session, string tenantId, string wanted, CancellationToken cancellationToken)
    {
        var taken = await session.Query<Account>().Where(a => a.TenantId == tenantId && a.Member.StartsWith(wanted)).Select(a => a.Member).ToListAsync(cancellationToken);
        var candidate = wanted;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{wanted}-{n}";
        }

        return candidate;
    }
}
