using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class AccountTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private GatewayHarness harness = null!;

    public async Task InitializeAsync() => harness = await GatewayHarness.Start(infrastructure);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private static string NewEmail() => $"ana-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Sign_up_creates_a_tenant_and_its_admin_whose_session_reaches_the_services_as_that_member()
    {
        var browser = harness.Browser();
        var email = NewEmail();

        var (response, cookie) = await GatewayHarness.SignUp(browser, email);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("np_session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", setCookie);
        Assert.Contains("samesite=lax", setCookie);
        Assert.NotEmpty(cookie);
        var account = await response.Content.ReadFromJsonAsync<AccountBody>();
        Assert.Equal((email, "admin", "en"), (account!.Email, account.Role, account.Language));
        Assert.StartsWith("ana-", account.Member);

        Assert.Equal(account, await browser.GetFromJsonAsync<AccountBody>("/api/v1/account"));
        var echo = await browser.GetFromJsonAsync<EchoResponse>("/api/v1/messages/echo");
        Assert.Equal((account.TenantId, $"account:{account.AccountId}", account.Member, false), (echo!.TenantId, echo.Subject, echo.Member, echo.SawApiKey));
        Assert.Equal(["admin", "read", "write"], echo.Scopes);
    }

    [Fact]
    public async Task Sign_up_refuses_a_taken_email_with_409_and_a_short_password_with_400_naming_it()
    {
        var email = NewEmail();
        await GatewayHarness.SignUp(harness.Bare(), email);

        var (again, _) = await GatewayHarness.SignUp(harness.Bare(), email.ToUpperInvariant());
        var (weak, _) = await GatewayHarness.SignUp(harness.Bare(), NewEmail(), password: "short");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var problem = await weak.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("password", problem!.Errors.Keys);
    }

    [Fact]
    public async Task Five_wrong_passwords_in_a_row_lock_the_account_for_15_minutes_with_429_and_retry_after()
    {
        var email = NewEmail();
        await GatewayHarness.SignUp(harness.Bare(), email, "the right password");
        var client = harness.Bare();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/account/sign-in", new { email, password = "a wrong password" })).StatusCode);
        }

        var withRightPassword = await client.PostAsJsonAsync("/api/v1/account/sign-in", new { email, password = "the right password" });

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, withRightPassword.StatusCode);
        Assert.InRange(withRightPassword.Headers.RetryAfter!.Delta!.Value.TotalMinutes, 14, 15);
        var locked = await withRightPassword.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", locked!.Type);
        Assert.True(locked.Extensions.ContainsKey("lockedUntil"), "A lockout says until when, which tells it apart from a request limit.");
    }

    [Fact]
    public async Task The_demo_admin_signs_in_with_the_configured_password_as_the_demo_linkedin_member()
    {
        var response = await harness.Bare().PostAsJsonAsync("/api/v1/account/sign-in", new { email = "demo@conecta.example", password = GatewayHarness.DemoPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var account = await response.Content.ReadFromJsonAsync<AccountBody>();
        Assert.Equal(("demo", "german-cruz-29c83", "admin", "es"), (account!.TenantId, account.Member, account.Role, account.Language));
    }

    [Fact]
    public async Task A_signed_out_session_is_refused_even_when_its_cookie_is_replayed()
    {
        var (_, cookie) = await GatewayHarness.SignUp(harness.Bare(), NewEmail());
        var session = harness.Bare(cookie: cookie);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/account")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await session.PostAsync("/api/v1/account/sign-out", null)).StatusCode);

        var replayed = await harness.Bare(cookie: cookie).GetAsync("/api/v1/messages/echo");
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(401, (await replayed.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_the_old_password()
    {
        var email = NewEmail();
        var (_, first) = await GatewayHarness.SignUp(harness.Bare(), email, "the first password");
        var second = GatewayHarness.SessionCookieOf(await harness.Bare().PostAsJsonAsync("/api/v1/account/sign-in", new { email, password = "the first password" }));

        var changed = await harness.Bare(cookie: first).PostAsJsonAsync("/api/v1/account/password", new { currentPassword = "the first password", newPassword = "the second password" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await harness.Bare(cookie: first).GetAsync("/api/v1/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await harness.Bare(cookie: second).GetAsync("/api/v1/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await harness.Bare().PostAsJsonAsync("/api/v1/account/sign-in", new { email, password = "the first password" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await harness.Bare().PostAsJsonAsync("/api/v1/account/sign-in", new { email, password = "the second password" })).StatusCode);
    }

    [Fact]
    public async Task The_language_is_kept_and_only_es_or_en_is_accepted()
    {
        var (_, cookie) = await GatewayHarness.SignUp(harness.Bare(), NewEmail());
        var session = harness.Bare(cookie: cookie);

        Assert.Equal(HttpStatusCode.NoContent, (await session.PutAsJsonAsync("/api/v1/account/language", new { language = "es" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.PutAsJsonAsync("/api/v1/account/language", new { language = "fr" })).StatusCode);
        Assert.Equal("es", (await session.GetFromJsonAsync<AccountBody>("/api/v1/account"))!.Language);
    }

    [Fact]
    public async Task An_api_key_is_not_an_account()
    {
        var response = await harness.Bare(apiKey: harness.DemoKey.ToString()).GetAsync("/api/v1/account");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed record AccountBody(string AccountId, string TenantId, string OrganisationName, string Email, string DisplayName, string Member, string Role, string Language);
