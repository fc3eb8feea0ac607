using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.Gateway;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

/// <summary>A member hears from the platform in their account's language, unless they chose another for notifications.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class MemberLanguageTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure, startMailServer: false);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task The_account_language_is_the_notification_language_until_the_member_chooses_one()
    {
        var client = harness.Client();
        var signedUp = harness.Clock.GetUtcNow();
        await harness.Bus.Publish(new AccountLanguageSet(Guid.NewGuid(), harness.Tenant, signedUp, "lucia", "es"));
        await harness.Factory.Consumed.WaitForConsumed<AccountLanguageSet>(1);
        Assert.Equal(("es", null, "es"), Languages(await Preferences(client)));

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/preferences/lucia", new { language = "en", email = "lucia@example.test" })).StatusCode);
        Assert.Equal(("en", "en", "es"), Languages(await Preferences(client)));

        // A late announcement older than the one kept changes nothing; following the account again speaks its language.
        await harness.Bus.Publish(new AccountLanguageSet(Guid.NewGuid(), harness.Tenant, signedUp.AddMinutes(-5), "lucia", "en"));
        await harness.Factory.Consumed.WaitForConsumed<AccountLanguageSet>(2);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/preferences/lucia", new { email = "lucia@example.test" })).StatusCode);
        var following = await Preferences(client);
        Assert.Equal((("es", null, "es"), "lucia@example.test"), (Languages(following), following.Email));

        await harness.Bus.Publish(new AccountLanguageSet(Guid.NewGuid(), harness.Tenant, signedUp.AddMinutes(1), "lucia", "en"));
        await harness.Factory.Consumed.WaitForConsumed<AccountLanguageSet>(3);
        Assert.Equal(("en", null, "en"), Languages(await Preferences(client)));
    }

    private static (string, string?, string?) Languages(PreferencesView view) => (view.Language, view.ChosenLanguage, view.AccountLanguage);

    private static async Task<PreferencesView> Preferences(HttpClient client) =>
        (await client.GetFromJsonAsync<PreferencesView>("/api/v1/preferences/lucia"))!;

    private sealed record PreferencesView(string Language, string? ChosenLanguage, string? AccountLanguage, string? Email);
}
