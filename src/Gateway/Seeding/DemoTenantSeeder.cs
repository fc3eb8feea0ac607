using System.Text.Json;
using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.Gateway.Tenants;
using Npgsql;

namespace NetworkingPlatform.Gateway.Seeding;

/// <summary>
/// Loads the demo tenant and its API key at start-up when configured; running it again changes nothing. Replicas that
/// start together take turns, or both would insert the demo account and one would fail on its unique e-mail.
/// </summary>
public sealed class DemoTenantSeeder(
    IConfiguration configuration, IDocumentStore store, NpgsqlDataSource database, Passwords passwords, TimeProvider clock, ILogger<DemoTenantSeeder> logger)
    : IHostedService
{
    public const string FileSetting = "Seed:DemoTenantFile";
    public const string ApiKeySetting = "Seed:DemoApiKey";
    public const string PasswordSetting = "Demo:Password";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = configuration[FileSetting];
        var apiKeyText = configuration[ApiKeySetting];
        if (string.IsNullOrWhiteSpace(file) || string.IsNullOrWhiteSpace(apiKeyText))
        {
            return;
        }

        if (!ApiKeySecret.TryParse(apiKeyText, out var secret))
        {
            throw new InvalidOperationException($"'{ApiKeySetting}' must look like np_<key id>_<secret of 16 or more characters>.");
        }

        await using var stream = File.OpenRead(file);
        var seed = await JsonSerializer.DeserializeAsync<DemoTenantSeed>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"The demo tenant file '{file}' is empty.");

        await using var turn = await database.OpenConnectionAsync(cancellationToken);
        await using var held = await turn.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended('gateway-demo-tenant-seed', 0))", turn, held))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var session = store.LightweightSession();
        var tenant = await session.LoadAsync<Tenant>(seed.TenantId, cancellationToken);
        var key = await session.LoadAsync<ApiKey>(secret.KeyId, cancellationToken);
        var now = clock.GetUtcNow();
        session.Store(new Tenant { Id = seed.TenantId, Name = seed.Name, CreatedAt = tenant?.CreatedAt ?? now });
        session.Store(new ApiKey
        {
            Id = secret.KeyId,
            TenantId = seed.TenantId,
            Name = seed.ApiKey.Name,
            SecretHash = secret.Hash(),
            Scopes = [.. seed.ApiKey.Scopes],
            CreatedAt = key?.CreatedAt ?? now,
            LastUsedAt = key?.LastUsedAt,
        });
        if (seed.Account is { } accountSeed && configuration[PasswordSetting] is { Length: > 0 } password)
        {
            await SeedAccount(session, seed.TenantId, accountSeed, password, now, cancellationToken);
        }

        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo tenant {TenantId} is ready with API key {KeyId}", seed.TenantId, secret.KeyId);
    }

    private async Task SeedAccount(IDocumentSession session, string tenantId, DemoAccountSeed seed, string password, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var email = Account.NormalizeEmail(seed.Email);
        var existing = await session.Query<Account>().FirstOrDefaultAsync(a => a.Email == email, cancellationToken);
        var account = existing ?? new Account { Id = Guid.CreateVersion7().ToString("N"), Email = email, CreatedAt = now, Language = seed.Language };
        // Announced when the account is new or comes to act as another member; a restart announces nothing.
        var announce = existing is null || existing.TenantId != tenantId || existing.Member != seed.Member;
        account.TenantId = tenantId;
        account.DisplayName = seed.DisplayName;
        account.Member = seed.Member;
        account.Role = AccountRoles.Admin;
        if (string.IsNullOrEmpty(account.PasswordHash) || !passwords.Verify(account, password))
        {
            account.PasswordHash = passwords.Hash(account, password);
        }

        session.Store(account);
        if (announce)
        {
            AccountLanguageChosen.Record(session, account);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
