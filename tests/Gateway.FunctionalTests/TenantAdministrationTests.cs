using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class TenantAdministrationTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private GatewayHarness harness = null!;
    private HttpClient admin = null!;
    private AccountBody adminAccount = null!;

    public async Task InitializeAsync()
    {
        harness = await GatewayHarness.Start(infrastructure);
        var (response, cookie) = await GatewayHarness.SignUp(harness.Bare(), $"admin-{Guid.NewGuid():N}@example.org");
        adminAccount = (await response.Content.ReadFromJsonAsync<AccountBody>())!;
        admin = harness.Bare(cookie: cookie);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task An_invited_member_joins_with_the_role_given_cannot_administer_and_is_locked_out_at_once_when_removed()
    {
        var email = $"luis-{Guid.NewGuid():N}@example.org";
        var invited = await admin.PostAsJsonAsync("/api/v1/tenant/invitations", new { email, role = "member" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<InvitationBody>();
        Assert.Contains(email, await admin.GetStringAsync("/api/v1/tenant/invitations"));
        Assert.DoesNotContain(invitation!.Token, await admin.GetStringAsync("/api/v1/tenant/invitations"));

        var accepted = await harness.Bare().PostAsJsonAsync("/api/v1/account/accept-invitation", new { token = invitation.Token, displayName = "Luis", password = "luis's long password" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var member = (await accepted.Content.ReadFromJsonAsync<AccountBody>())!;
        Assert.Equal((adminAccount.TenantId, "member"), (member.TenantId, member.Role));
        var memberSession = harness.Bare(cookie: GatewayHarness.SessionCookieOf(accepted));

        var refused = await memberSession.GetAsync("/api/v1/tenant/members");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("admin", (await refused.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(["read", "write"], (await memberSession.GetFromJsonAsync<EchoResponse>("/api/v1/messages/echo"))!.Scopes);
        var reused = await harness.Bare().PostAsJsonAsync("/api/v1/account/accept-invitation", new { token = invitation.Token, displayName = "Again", password = "another long password" });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        var members = await admin.GetFromJsonAsync<PageBody<MemberBody>>("/api/v1/tenant/members");
        Assert.Equal([adminAccount.Email, email], members!.Items.Select(m => m.Email));
        Assert.Equal(2, members.Total);
        var secondPage = await admin.GetFromJsonAsync<PageBody<MemberBody>>("/api/v1/tenant/members?page=2&pageSize=1");
        Assert.Equal((email, 2L, 2), (Assert.Single(secondPage!.Items).Email, secondPage.Total, secondPage.Page));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/tenant/members?pageSize=201")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tenant/members/{member.AccountId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await memberSession.GetAsync("/api/v1/messages/echo")).StatusCode);
        var audit = await admin.GetFromJsonAsync<PageBody<AuditItemBody>>("/api/v1/tenant/audit");
        Assert.Equal(["member.removed", "member.joined", "member.invited"], audit!.Items.Select(i => i.Action));
        Assert.All(audit.Items, item => Assert.Contains(item.Action == "member.joined" ? email : adminAccount.Email, item.Actor));
    }

    [Fact]
    public async Task An_api_key_has_the_scopes_given_records_its_last_use_shows_its_secret_once_and_stops_at_once_when_revoked()
    {
        var created = await admin.PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "CRM sync", scopes = new[] { "read" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<CreatedKeyBody>())!;
        var client = harness.Bare(apiKey: key.Secret);

        var echo = await client.GetFromJsonAsync<EchoResponse>("/api/v1/messages/echo");
        Assert.Equal(adminAccount.TenantId, echo!.TenantId);
        Assert.Equal(["read"], echo.Scopes);
        var write = await client.PostAsync("/api/v1/messages/echo", null);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("'write'", (await write.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);

        var listed = (await admin.GetFromJsonAsync<PageBody<KeyBody>>("/api/v1/tenant/api-keys"))!.Items.Single(k => k.Id == key.Id);
        Assert.Equal("CRM sync", listed.Name);
        Assert.Equal(["read"], listed.Scopes);
        Assert.NotNull(listed.LastUsedAt);
        Assert.DoesNotContain(key.Secret, await admin.GetStringAsync("/api/v1/tenant/api-keys"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tenant/api-keys/{key.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/messages/echo")).StatusCode);
        var audit = await admin.GetFromJsonAsync<PageBody<AuditItemBody>>("/api/v1/tenant/audit?pageSize=2");
        Assert.Equal(["api-key.revoked", "api-key.created"], audit!.Items.Select(i => i.Action));
        Assert.All(audit.Items, item => Assert.Equal(key.Id, item.Target));
    }

    [Fact]
    public async Task An_admin_key_administers_its_own_tenant_only()
    {
        var adminKey = (await (await admin.PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "ops", scopes = new[] { "read", "write", "admin" } }))
            .Content.ReadFromJsonAsync<CreatedKeyBody>())!;
        var demoKeys = await harness.Bare(apiKey: harness.DemoKey.ToString()).GetAsync("/api/v1/tenant/api-keys");

        var keys = await harness.Bare(apiKey: adminKey.Secret).GetFromJsonAsync<PageBody<KeyBody>>("/api/v1/tenant/api-keys");
        var revokeDemo = await harness.Bare(apiKey: adminKey.Secret).DeleteAsync($"/api/v1/tenant/api-keys/{harness.DemoKey.KeyId}");

        Assert.Equal(HttpStatusCode.Forbidden, demoKeys.StatusCode);
        Assert.Equal([adminKey.Id], keys!.Items.Select(k => k.Id));
        Assert.Equal(HttpStatusCode.NotFound, revokeDemo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await harness.Bare(apiKey: harness.DemoKey.ToString()).GetAsync("/api/v1/messages/echo")).StatusCode);
    }

    [Fact]
    public async Task Invalid_key_requests_are_refused_with_the_fields_named()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "", scopes = new[] { "root" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["name", "scopes"], problem!.Errors.Keys.Order());
    }

    private sealed record InvitationBody(string InvitationId, string Email, string Role, string Token, DateTimeOffset ExpiresAt);

    private sealed record MemberBody(string AccountId, string Email, string Member, string Role);

    private sealed record CreatedKeyBody(string Id, string Name, IReadOnlyList<string> Scopes, string Secret);

    private sealed record KeyBody(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

    private sealed record PageBody<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

    private sealed record AuditItemBody(DateTimeOffset At, string Actor, string Action, string Target, string? Details);
}
