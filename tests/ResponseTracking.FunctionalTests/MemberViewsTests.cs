using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>Inbox, responsiveness and rebuild over one set of conversations of Luis's.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class MemberViewsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        var t = scenario.Tenant;
        await scenario.Bus.Publish(Ingested.Batch(t,
            Ingested.Item(t, "c1", "c1-1", "ana", "luis", 0, "question", "linkedin"),
            Ingested.Item(t, "c2", "c2-1", "sofia", "luis", 1, "offer", "email"),
            Ingested.Item(t, "c3", "c3-1", "ana", "luis", 2, "greeting", "linkedin"),
            Ingested.Item(t, "c4", "c4-1", "ana", "luis", 0, "question", "linkedin"),
            Ingested.Item(t, "c4", "c4-2", "luis", "ana", 2, "decline", "linkedin"),
            Ingested.Item(t, "c5", "c5-1", "sofia", "luis", 0, "question", "email"),
            Ingested.Item(t, "c5", "c5-2", "luis", "sofia", 4, "other", "email")));
        await scenario.Client.GetWhen<InboxResponse>(Inbox("luis"), i => i.Total == 3);
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static string Inbox(string member, string query = "") => $"/api/v1/responses/members/{member}/inbox?{query}";

    private static string Responsiveness(string member) => $"/api/v1/responses/members/{member}/responsiveness";

    [Fact]
    public async Task The_inbox_lists_what_waits_on_the_member_oldest_first_in_pages()
    {
        var first = await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("luis", "limit=2"));
        var second = await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("luis", "limit=2&page=2"));

        Assert.Equal(["c1", "c2"], first!.Items.Select(i => i.ConversationId));
        Assert.Equal(["c3"], second!.Items.Select(i => i.ConversationId));
        Assert.Equal(["ana"], first.Items[0].Members);
    }

    [Fact]
    public async Task The_inbox_filters_by_kind_and_channel()
    {
        var offers = await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("luis", "kind=offer"));
        var linkedin = await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("luis", "channel=linkedin"));

        Assert.Equal(["c2"], offers!.Items.Select(i => i.ConversationId));
        Assert.Equal(["c1", "c3"], linkedin!.Items.Select(i => i.ConversationId));
    }

    [Fact]
    public async Task The_inbox_lists_what_the_member_waits_on_from_others()
    {
        var ana = await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("ana", "view=waiting-on-others"));

        Assert.Equal(["c1", "c3"], ana!.Items.Select(i => i.ConversationId));
        Assert.All(ana.Items, i => Assert.Equal(["luis"], i.Members));
    }

    [Theory]
    [InlineData("limit=500", "limit")]
    [InlineData("view=everything", "view")]
    [InlineData("page=0", "page")]
    public async Task A_bad_inbox_query_gets_400_naming_the_field(string query, string field)
    {
        var response = await scenario.Client.GetAsync(Inbox("luis", query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Responsiveness_counts_a_decline_as_an_answer_and_gives_reply_times_and_a_badge()
    {
        var luis = await scenario.Client.GetFromJsonAsync<ResponsivenessResponse>(Responsiveness("luis"));

        Assert.Equal((5, 1, 1, 3), (luis!.ReplyNeedingReceived, luis.Answered, luis.Declined, luis.Ignored));
        Assert.Equal(0.4, luis.ResponseRate);
        Assert.Equal(TimeSpan.FromHours(3), luis.FirstReplyTime.Median);
        Assert.Equal(TimeSpan.FromHours(3), luis.FirstReplyBusinessTime.Median);
        Assert.Equal("usually replies within a few hours", luis.Badge.En);
        Assert.Equal("suele responder en pocas horas", luis.Badge.Es);
    }

    [Fact]
    public async Task A_rebuild_from_the_events_gives_identical_figures()
    {
        var before = await Snapshot();
        await using (var session = scenario.Service.Services.GetRequiredService<IDocumentStore>().LightweightSession(scenario.Tenant))
        {
            // Stands for views written by an older definition: the rebuild must not depend on them.
            session.DeleteWhere<MemberConversation>(_ => true);
            await session.SaveChangesAsync();
        }

        Assert.Equal(0, (await scenario.Client.GetFromJsonAsync<InboxResponse>(Inbox("luis")))!.Total);
        var forbidden = await scenario.Client.PostAsync("/api/v1/responses/admin/rebuild", null);
        var rebuilt = await scenario.Service.ClientFor(scenario.Tenant, "read write admin").PostAsync("/api/v1/responses/admin/rebuild", null);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.Equal(before, await Snapshot());
    }

    /// <summary>What the member views answer, less the query window that moves with the clock.</summary>
    private async Task<string> Snapshot() => Regex.Replace(string.Join("\n",
        await scenario.Client.GetStringAsync(Responsiveness("luis")),
        await scenario.Client.GetStringAsync(Responsiveness("ana")),
        await scenario.Client.GetStringAsync(Inbox("luis")),
        await scenario.Client.GetStringAsync(Inbox("ana", "view=waiting-on-others")),
        await scenario.Client.GetStringAsync("/api/v1/conversations/c4")), "\"window(Start|End)\":\"[^\"]*\"", string.Empty);
}
