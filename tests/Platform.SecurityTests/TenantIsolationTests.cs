using System.Net;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// Every documented operation, called by tenant B (with its admin key, then its admin's session) on tenant A's
/// resources: an operation aimed at one of A's resources by id answers 403 or 404; one that names only a member handle
/// or nothing acts on B's own data. No answer carries anything of A's, and A's resources read the same afterwards.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class TenantIsolationTests(SecuredPlatform platform)
{
    [Fact]
    public async Task Tenant_B_can_neither_read_nor_change_nor_delete_anything_of_tenant_A()
    {
        var before = await TenantASnapshot.Settled(platform);
        var failures = new List<string>();
        var tried = 0;

        var credentials = new[] { ("B's admin key", platform.Gateway(apiKey: platform.B.AdminKey)), ("B's session", platform.Gateway(cookie: platform.B.SessionCookie)) };
        // Every read before any write: what B writes under A's ids is B's own, and would otherwise be read back.
        var attempts = platform.Operations.Where(o => !o.Anonymous && !IsOwnAccount(o))
            .SelectMany(operation => credentials.Select(credential => (Operation: operation, Credential: credential)))
            .OrderBy(attempt => attempt.Operation.Method == "GET" ? 0 : 1);
        foreach (var (operation, (credential, client)) in attempts)
        {
            {
                var request = RequestCatalogue.For(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId);
                var sent = request.RequestUri + (request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync());
                var outcome = await Outcome.Of(client, request, $"{operation} with {credential}");
                tried++;
                if (TargetsAResourceOfA(operation) ? outcome.Status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound) : outcome.Code >= 500)
                {
                    failures.Add($"unexpected status: {outcome}");
                }

                if (Leaks(outcome.Body, sent) is { } leaked)
                {
                    failures.Add($"leaks '{leaked}': {outcome}");
                }
            }
        }

        var after = await TenantASnapshot.Take(platform);
        Assert.True(tried >= 2 * 40, $"Only {tried} attempts: the OpenAPI documents lost operations.");
        var changed = after.Where(pair => before.GetValueOrDefault(pair.Key) != pair.Value)
            .Select(pair => $"{pair.Key}\n  before: {before.GetValueOrDefault(pair.Key)}\n  after:  {pair.Value}").ToList();
        Assert.True(changed.Count == 0, $"Tenant A's resources read differently afterwards:\n{string.Join('\n', changed)}");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Sign-out, language and password act on the caller's own account: there is nothing of A's to aim them at.</summary>
    private static bool IsOwnAccount(ApiOperation operation) => operation.Path.StartsWith("/api/v1/account", StringComparison.Ordinal);

    // A member and an email address name entries of the caller's own tenant (an upsert under them writes B's own).
    private static bool TargetsAResourceOfA(ApiOperation operation) => operation.PathParameters.Any(name => name is not ("member" or "address"));

    /// <summary>Something of A's in the answer that B did not send itself (an answer may repeat the ids it was asked about).</summary>
    private string? Leaks(string body, string sent) =>
        platform.Owned.Secrets.Concat([platform.A.TenantId, platform.A.AccountId, platform.A.AdminKeyId, platform.A.Email])
            .FirstOrDefault(secret => body.Contains(secret, StringComparison.OrdinalIgnoreCase)
                && !Uri.UnescapeDataString(sent).Contains(secret, StringComparison.OrdinalIgnoreCase));
}
