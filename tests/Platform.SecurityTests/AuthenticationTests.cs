using System.Net;
using System.Net.Http.Json;
using System.Text;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// Every documented operation but the few public ones answers 401 problem details at the Gateway without credentials,
/// with a revoked key, a signed-out or expired session, a tampered cookie; every service reached directly answers 401
/// without the Gateway's identity or with a forged, expired or tampered one.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class AuthenticationTests(SecuredPlatform platform)
{
    [Fact]
    public async Task Every_operation_at_the_gateway_refuses_missing_revoked_signed_out_expired_and_tampered_credentials_with_401()
    {
        var credentials = new Dictionary<string, HttpClient>
        {
            ["no credentials"] = platform.Gateway(),
            ["a malformed key"] = platform.Gateway(apiKey: "let-me-in"),
            ["a revoked key"] = platform.Gateway(apiKey: await RevokedKey()),
            ["a signed-out session"] = platform.Gateway(cookie: await SignedOutSession()),
            ["an expired session"] = platform.Gateway(cookie: await ExpiredSession()),
            ["a tampered session cookie"] = platform.Gateway(cookie: Tampered(await platform.SignIn(platform.A))),
            ["a bearer token instead of a key"] = Bearer(platform.Gateway(), GatewayIdentityTokens.Issue(platform.Infrastructure.SigningKey, platform.A.TenantId, "read write admin")),
        };
        var failures = new List<string>();
        var operations = platform.Operations.Where(o => !o.Anonymous).ToList();

        foreach (var (what, client) in credentials)
        {
            foreach (var operation in operations)
            {
                var outcome = await Outcome.Of(client, RequestCatalogue.For(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId), $"{operation} with {what}");
                if (outcome.Status != HttpStatusCode.Unauthorized || !outcome.IsProblem)
                {
                    failures.Add(outcome.ToString());
                }
            }
        }

        Assert.True(operations.Count >= 40, $"Only {operations.Count} operations documented.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_service_reached_directly_refuses_a_missing_forged_expired_or_tampered_identity_with_401()
    {
        var key = platform.Infrastructure.SigningKey;
        var valid = GatewayIdentityTokens.Issue(key, platform.A.TenantId, "read write admin");
        var identities = new Dictionary<string, string?>
        {
            ["no identity"] = null,
            ["an identity signed with another key"] = GatewayIdentityTokens.Issue(new string('k', 64), platform.A.TenantId, "read write admin"),
            ["an expired identity"] = GatewayIdentityTokens.Issue(key, platform.A.TenantId, "read write admin", TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-1)),
            ["an identity whose tenant was changed"] = WithTenant(valid, platform.B.TenantId),
            ["an unsigned identity"] = Unsigned(valid),
        };
        var failures = new List<string>();
        var tried = 0;

        foreach (var service in SecuredPlatform.Documents.Where(d => d != "gateway"))
        {
            foreach (var (what, token) in identities)
            {
                var client = platform.Service(service, token);
                foreach (var operation in platform.Operations.Where(o => o.Document == service && !o.Anonymous))
                {
                    var outcome = await Outcome.Of(client, RequestCatalogue.For(operation, platform.Owned), $"{operation} directly with {what}");
                    tried++;
                    if (outcome.Status != HttpStatusCode.Unauthorized || !outcome.IsProblem)
                    {
                        failures.Add(outcome.ToString());
                    }
                }
            }
        }

        Assert.True(tried >= 30 * identities.Count, $"Only {tried} attempts.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_public_operations_are_exactly_the_ones_that_guard_themselves()
    {
        var documented = platform.Operations.Where(o => o.Anonymous).Select(o => o.Key).ToHashSet();

        Assert.Equal(ApiOperation.Public.Order(), documented.Order());
        var signIn = await platform.Gateway().PostAsJsonAsync("/api/v1/account/sign-in", new { email = platform.A.Email, password = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    private async Task<string> RevokedKey()
    {
        var admin = platform.Gateway(cookie: platform.A.SessionCookie);
        var created = await (await admin.PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "to revoke", scopes = new[] { "read", "write", "admin" } }))
            .Content.ReadFromJsonAsync<CreatedKey>();
        var key = platform.Gateway(apiKey: created!.Secret);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/tenant/api-keys/{created.Id}")).StatusCode);
        return created.Secret;
    }

    private async Task<string> SignedOutSession()
    {
        var cookie = await platform.SignIn(platform.A);
        var session = platform.Gateway(cookie: cookie);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await session.PostAsync("/api/v1/account/sign-out", null)).StatusCode);
        return cookie;
    }

    /// <summary>A session whose server-side expiry has passed (sessions slide for 8 hours; here its expiry is moved to the past).</summary>
    private async Task<string> ExpiredSession()
    {
        var other = await platform.SignUp("expiring");
        var cookie = other.SessionCookie;
        Assert.Equal(HttpStatusCode.OK, (await platform.Gateway(cookie: cookie).GetAsync("/api/v1/webhooks")).StatusCode);
        await using var connection = new NpgsqlConnection(platform.Infrastructure.PostgresConnectionString);
        await connection.OpenAsync();
        await using var expire = new NpgsqlCommand(
            """
            update gateway.mt_doc_storedsession
            set data = data || jsonb_build_object('ExpiresAt', '2000-01-01T00:00:00+00:00', 'expiresAt', '2000-01-01T00:00:00+00:00')
            where data ->> 'AccountId' = @account or data ->> 'accountId' = @account
            """, connection);
        expire.Parameters.AddWithValue("account", other.AccountId);
        Assert.True(await expire.ExecuteNonQueryAsync() > 0);
        return cookie;
    }

    private static string Tampered(string cookie)
    {
        var (name, value) = (cookie[..cookie.IndexOf('=')], cookie[(cookie.IndexOf('=') + 1)..]);
        var chars = value.ToCharArray();
        var middle = chars.Length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        return $"{name}={new string(chars)}";
    }

    private static HttpClient Bearer(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string WithTenant(string token, string tenant)
    {
        var parts = token.Split('.');
        var payload = System.Text.Json.Nodes.JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        payload["tenant"] = tenant;
        return $"{parts[0]}.{Base64UrlEncode(payload.ToJsonString())}.{parts[2]}";
    }

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return $"{Base64UrlEncode("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
    }

    private static string Base64UrlDecode(string text) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=')));

    private static string Base64UrlEncode(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record CreatedKey(string Id, string Secret);
}
