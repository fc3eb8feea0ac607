using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.Gateway;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

/// <summary>The language of an account leaves the Gateway once committed: at sign-up and at each change.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class AccountLanguageTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private GatewayHarness harness = null!;
    private TestBus bus = null!;

    public async Task InitializeAsync()
    {
        harness = await GatewayHarness.Start(infrastructure);
        bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(AccountLanguageSet));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await harness.DisposeAsync();
    }

    [Fact]
    public async Task Sign_up_and_each_change_announce_the_accounts_language_for_its_member()
    {
        var browser = harness.Browser();
        var signUp = await browser.PostAsJsonAsync("/api/v1/account/sign-up", new
        {
            organisationName = "Consultora Andina", displayName = "Lucía Rojas", email = $"lucia-{Guid.NewGuid():N}@example.org",
            password = "una clave bien larga", memberHandle = $"lucia-{Guid.NewGuid():N}"[..20], language = "es",
        });
        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        var account = (await signUp.Content.ReadFromJsonAsync<Account>())!;

        var signedUp = await bus.WaitFor<AccountLanguageSet>(e => e.Member == account.Member);
        Assert.Equal((account.TenantId, "es"), (signedUp.TenantId, signedUp.Language));

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PutAsJsonAsync("/api/v1/account/language", new { language = "en" })).StatusCode);
        var changed = await bus.WaitFor<AccountLanguageSet>(e => e.Member == account.Member && e.Language == "en");
        Assert.True(changed.OccurredAt >= signedUp.OccurredAt);
    }

    private sealed record Account(string TenantId, string Member);
}
