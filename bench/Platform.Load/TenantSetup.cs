using System.Net;
using System.Net.Http.Json;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Signs up organisations through the Gateway, as a new customer would, and mints API keys with their admin's session:
/// enough keys that the load stays well under each key's rate limit, spread over several tenants.
/// </summary>
public static class TenantSetup
{
    /// <summary>A key's default limit is 1,200 a minute; the driver keeps each key at about half of it.</summary>
    public const double RequestsPerKeyPerSecond = 10;

    public static async Task<IReadOnlyList<LoadTenant>> SignUp(
        Uri gateway, string runId, int tenants, int keysPerTenant, int membersPerTenant, CancellationToken cancellationToken)
    {
        var created = new List<LoadTenant>();
        for (var t = 0; t < tenants; t++)
        {
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true };
            using var client = new HttpClient(handler) { BaseAddress = gateway };
            var signUp = await client.PostAsJsonAsync("/api/v1/account/sign-up", new
            {
                organisationName = $"Load {runId} {t}",
                displayName = $"Load admin {t}",
                email = $"load-{runId}-{t}@bench.example",
                password = $"load-password-{runId}",
                language = t % 2 == 0 ? "es" : "en",
            }, cancellationToken);
            await EnsureSuccess(signUp, "sign-up", cancellationToken);
            var tenantId = (await signUp.Content.ReadFromJsonAsync<SignedUp>(cancellationToken))!.TenantId;

            var keys = new List<string>();
            for (var k = 0; k < keysPerTenant; k++)
            {
                var key = await client.PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = $"load {k}", scopes = new[] { "read", "write" } }, cancellationToken);
                await EnsureSuccess(key, "api-key creation", cancellationToken);
                keys.Add((await key.Content.ReadFromJsonAsync<KeyCreated>(cancellationToken))!.Secret);
            }

            var members = Enumerable.Range(0, membersPerTenant).Select(m => $"member-{t}-{m}").ToArray();
            created.Add(new LoadTenant(tenantId, keys, members));
        }

        return created;
    }

    /// <summary>How many tenants and keys a load needs: every key at most <see cref="RequestsPerKeyPerSecond"/>.</summary>
    public static (int Tenants, int KeysPerTenant) SizeFor(double requestsPerSecond)
    {
        var keys = (int)Math.Ceiling(requestsPerSecond / RequestsPerKeyPerSecond);
        var tenants = Math.Clamp((int)Math.Ceiling(keys / 8.0), 2, 16);
        return (tenants, Math.Max(1, (int)Math.Ceiling(keys / (double)tenants)));
    }

    private static async Task EnsureSuccess(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The Gateway refused the {what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private sealed record SignedUp(string TenantId);

    private sealed record KeyCreated(string Secret);
}
