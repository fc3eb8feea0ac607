using System.Net;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class RecordingConversationsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure, typeof(ConversationAnswered), typeof(ResponsivenessChanged));

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private Task<ConversationResponse> StatusWhen(string conversation, Func<ConversationResponse, bool> condition) =>
        scenario.Client.GetWhen($"/api/v1/conversations/{conversation}", condition);

    [Fact]
    public async Task A_question_awaits_its_recipient_and_a_reply_answers_it_and_is_published()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0));

        var waiting = await StatusWhen(conversation, s => s.MessageCount == 1);
        Assert.Equal("awaiting-reply", waiting.State);
        Assert.Equal(("luis", Ingested.Start), (waiting.AwaitingReplyFrom[0].Member, waiting.AwaitingReplyFrom[0].Since));

        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m2", "luis", "ana", 3, "decline"));

        var answered = await StatusWhen(conversation, s => s.MessageCount == 2);
        Assert.Equal("answered", answered.State);
        Assert.Equal(TimeSpan.FromHours(3), answered.FirstReplyTime);
        var published = await scenario.Bus.WaitFor<ConversationAnswered>(a => a.ConversationId == conversation);
        Assert.Equal((scenario.Tenant, "luis", true), (published.TenantId, published.AnsweredBy, published.IsDecline));
        Assert.Equal(["ana"], published.AnsweredFor);
        var responsiveness = await scenario.Bus.WaitFor<ResponsivenessChanged>(r => r.TenantId == scenario.Tenant && r.Member == "luis");
        Assert.Equal(1.0, responsiveness.ResponseRate);
    }

    [Fact]
    public async Task A_message_delivered_many_times_is_recorded_once()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var message = Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0);
        var before = scenario.Service.Consumed.Consumed<MessagesIngested>();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => scenario.Bus.Publish(message with { EventId = Guid.NewGuid() })));
        await scenario.Service.Consumed.WaitForConsumed<MessagesIngested>(before + 5);

        var status = await StatusWhen(conversation, _ => true);
        Assert.Equal(1, status.MessageCount);
    }

    [Fact]
    public async Task Two_first_messages_of_a_new_conversation_arriving_together_are_both_recorded()
    {
        var conversation = $"c-{Guid.NewGuid():N}";

        await Task.WhenAll(
            scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0)),
            scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m2", "luis", "ana", 1, "other")));

        var status = await StatusWhen(conversation, s => s.MessageCount == 2);
        Assert.Equal("answered", status.State);
    }

    [Fact]
    public async Task Another_tenant_cannot_see_the_conversation()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0));
        await StatusWhen(conversation, s => s.MessageCount == 1);

        var stranger = scenario.Service.ClientFor($"other-{Guid.NewGuid():N}");
        var response = await stranger.GetAsync($"/api/v1/conversations/{conversation}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
