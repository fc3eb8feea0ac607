using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class FeedTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Matches_introductions_and_imports_are_listed_a_page_at_a_time_and_can_be_marked_read()
    {
        var now = harness.Clock.GetUtcNow();
        await harness.SetPreferences("ana", new { language = "en" });
        await harness.Bus.Publish(new OpportunityMatched(Guid.NewGuid(), harness.Tenant, now.AddMinutes(-3), "ana", "o1", "Need a designer", "o2", "Brand design", "luis", 0.9, ["design"]));
        await harness.Bus.Publish(new IntroductionProposed(Guid.NewGuid(), harness.Tenant, now.AddMinutes(-2), "i1", "luis", "ana", "luis", "o1", "o2", null, now.AddDays(7)));
        await harness.Bus.Publish(new ImportSummarised(Guid.NewGuid(), harness.Tenant, now.AddMinutes(-1), "import-1", "ana", true, null, 120, 118, 2, 40, 12, 3));
        var client = harness.Client();
        await Eventually.Get(async () => (await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana"))!.Total == 3 ? new object() : null, what: "three notifications");

        var first = await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana&pageSize=2");
        Assert.Equal((3, 3, 1, 2), (first!.Total, first.Unread, first.Page, first.PageSize));
        Assert.Equal(["import-completed", "introduction-proposed"], first.Items.Select(i => i.Type));
        Assert.Equal("40 conversations imported; 12 wait on your reply and you wait on others' in 3.", first.Items[0].Body);
        var second = await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana&page=2&pageSize=2");
        Assert.Equal("New match: Brand design", Assert.Single(second!.Items).Title);
        Assert.Equal((2, 2), (second.Page, second.PageSize));

        // limit and offset, deprecated, still page the same list for one release.
        var byOffset = await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana&limit=2&offset=2");
        Assert.Equal((second.Items[0].Id, (int?)null, 2), (Assert.Single(byOffset!.Items).Id, byOffset.Next, byOffset.Page));
        Assert.Equal(2, (await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana&limit=2"))!.Next);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/notifications?member=ana&page=2&offset=2")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/notifications/{second.Items[0].Id}/read", null)).StatusCode);
        Assert.Equal(2, (await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana"))!.Unread);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/notifications/read?member=ana", null)).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<Feed>("/api/v1/notifications?member=ana"))!.Unread);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/notifications/nothing/read", null)).StatusCode);
    }

    [Fact]
    public async Task Endpoints_refuse_callers_without_the_gateway_identity()
    {
        var response = await harness.Anonymous().GetAsync("/api/v1/notifications?member=ana");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await harness.Anonymous().GetAsync("/api/v1/webhooks")).StatusCode);
    }

    private sealed record Feed(string Member, int Unread, int Total, int Page, int PageSize, int? Next, IReadOnlyList<Item> Items);

    private sealed record Item(string Id, string Type, string Title, string Body, bool Read);
}
