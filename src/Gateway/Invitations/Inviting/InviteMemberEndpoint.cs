using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Invitations.Inviting;

public static class InviteMemberEndpoint
{
    public sealed record InviteRequest(string? Email, string? Role);

    public sealed record InvitationCreated(string InvitationId, string Email, string Role, string Token, DateTimeOffset ExpiresAt);

    public static RouteGroupBuilder MapInviteMember(this RouteGroupBuilder tenant)
    {
        tenant.MapPost("/invitations", Handle)
            .WithName("InviteMember")
            .WithTags("Invitations")
            .WithDescription("The invited person accepts with POST /api/v1/account/accept-invitation and the token; 409 when the email has an account already.")
            .WithSummary("Invites someone by email as 'member' or 'admin'. The token, shown only in this answer, is valid 7 days (admin).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return tenant;
    }

    private static async Task<Results<Created<InvitationCreated>, ValidationProblem, ProblemHttpResult>> Handle(InviteRequest? request, PlatformCaller caller, HttpContext context, IDocumentStore store, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var errors = new RequestErrors()
            .Add("email", EmailAddresses.Problem(request.Email))
            .Check(AccountRoles.IsKnown(request.Role), "role", "The role is 'member' or 'admin'.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.LightweightSession();
        var email = Account.NormalizeEmail(request.Email!);
        if (await session.Query<Account>().AnyAsync(a => a.Email == email, cancellationToken))
        {
            return Problems.Conflict($"'{email}' has an account already.");
        }

        var token = InvitationToken.Generate();
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Id = token.InvitationId,
            TenantId = caller.TenantId,
            Email = email,
            Role = request.Role!,
            TokenHash = token.Hash(),
            InvitedBy = AuditLog.ActorOf(context.User),
            CreatedAt = now,
            ExpiresAt = now + Invitation.Validity,
        };
        session.Insert(invitation);
        audit.Record(session, context.User, caller.TenantId, AuditActions.MemberInvited, email, $"role {invitation.Role}");
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tenant/invitations/{invitation.Id}",
            new InvitationCreated(invitation.Id, email, invitation.Role, token.ToString(), invitation.ExpiresAt));
    }
}
