using System.Net.Http.Json;
using System.Text.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>Answers show people by the names the directory gives them, conversations by a readable title, the inbox a page at a time.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PeopleByNameTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Conversations_and_inboxes_name_people_and_title_conversations_by_the_others_or_the_subject()
    {
        var t = scenario.Tenant;
        await scenario.Bus.Publish(new PeopleNamed(Guid.NewGuid(), t, DateTimeOffset.UtcNow,
        [
            new NamedPerson("vella-leannon-58b8c", "Vella Leannon", "Recruiter", "https://www.linkedin.com/in/vella-leannon-58b8c", Ingested.Start),
            new NamedPerson("german-cruz-29c83", "Germán Cruz", null, null, Ingested.Start),
        ]));
        var withSubject = Ingested.Item(t, "c-subject", "s1", "ana", "german-cruz-29c83", 1) with { Subject = "Propuesta de mentoría" };
        await scenario.Bus.Publish(Ingested.Batch(t,
            Ingested.Item(t, "2-bWbCeAAAAAA==", "m1", "vella-leannon-58b8c", "german-cruz-29c83", 0), withSubject,
            Ingested.Item(t, "c-3", "q3", "luis", "german-cruz-29c83", 2)));

        var conversation = (await scenario.Client.GetWhen<JsonDocument>("/api/v1/conversations/2-bWbCeAAAAAA%3D%3D",
            c => c.RootElement.GetProperty("title").GetString() is "Vella Leannon, Germán Cruz" or "Germán Cruz, Vella Leannon")).RootElement;
        var awaited = conversation.GetProperty("awaitingReplyFrom")[0];
        Assert.Equal(("german-cruz-29c83", "Germán Cruz"), (awaited.GetProperty("member").GetString(), awaited.GetProperty("displayName").GetString()));
        Assert.Contains(conversation.GetProperty("people").EnumerateArray(),
            p => p.GetProperty("handle").GetString() == "vella-leannon-58b8c" && p.GetProperty("displayName").GetString() == "Vella Leannon");

        var firstPage = (await scenario.Client.GetWhen<JsonDocument>("/api/v1/responses/members/german-cruz-29c83/inbox?pageSize=2",
            i => i.RootElement.GetProperty("total").GetInt32() == 3)).RootElement;
        var items = firstPage.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal((2, 1, "Germán Cruz"), (firstPage.GetProperty("pageSize").GetInt32(), firstPage.GetProperty("page").GetInt32(), firstPage.GetProperty("displayName").GetString()));
        Assert.Equal(("Vella Leannon", "Vella Leannon"), (items[0].GetProperty("title").GetString(), items[0].GetProperty("displayNames")[0].GetString()));
        Assert.Equal(("Propuesta de mentoría", "ana"), (items[1].GetProperty("title").GetString(), items[1].GetProperty("displayNames")[0].GetString()));
        var secondPage = await scenario.Client.GetFromJsonAsync<JsonElement>("/api/v1/responses/members/german-cruz-29c83/inbox?pageSize=2&page=2");
        Assert.Equal("c-3", Assert.Single(secondPage.GetProperty("items").EnumerateArray()).GetProperty("conversationId").GetString());
    }
}
