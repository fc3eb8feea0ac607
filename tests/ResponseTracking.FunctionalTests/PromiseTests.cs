using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class PromiseTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private const string LuisPromise = "/api/v1/responses/members/luis/promise";

    [Theory]
    [InlineData("""{"withinBusinessDays": 2, "timeZone": "Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"withinBusinessDays": -1}""", "withinBusinessDays")]
    [InlineData("""{"withinBusinessDays": 1, "workdayStart": "9am"}""", "workdayStart")]
    [InlineData("""{"withinBusinessDays": 1, "workdayStart": "18:00", "workdayEnd": "09:00"}""", "workdayEnd")]
    public async Task A_bad_promise_gets_400_naming_the_field(string body, string field)
    {
        var response = await scenario.Client.PutAsync(LuisPromise, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_gets_400_not_500()
    {
        var response = await scenario.Client.PutAsync(LuisPromise, new StringContent("{\"withinBusinessDays\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_promise_gives_the_replies_already_owed_their_deadline()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0));
        var inbox = $"/api/v1/responses/members/luis/inbox";
        await scenario.Client.GetWhen<InboxResponse>(inbox, i => i.Total == 1);

        var set = await scenario.Client.PutAsJsonAsync(LuisPromise, new { withinBusinessDays = 2, timeZone = "America/Mexico_City", workdayStart = "08:00", workdayEnd = "16:00" });

        Assert.True(set.StatusCode == HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        // Monday 09:00 UTC is 03:00 in Mexico City: the clock starts at 08:00 there, and two 8-hour days end Tuesday 16:00 (22:00 UTC).
        var due = await scenario.Client.GetFromJsonAsync<InboxResponse>(inbox);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 22, 0, 0, TimeSpan.Zero), due!.Items.Single().ReplyDueAt);
        Assert.Contains("America/Mexico_City", await scenario.Client.GetStringAsync(LuisPromise));
    }
}
