using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class BatchedRecordingTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task One_batch_records_many_conversations_whatever_the_order_of_its_messages()
    {
        var (a, b, c) = ($"a-{Guid.NewGuid():N}", $"b-{Guid.NewGuid():N}", $"c-{Guid.NewGuid():N}");
        var tenant = scenario.Tenant;

        await scenario.Bus.Publish(Ingested.Batch(tenant,
            Ingested.Item(tenant, a, "a2", "luis", "ana", 3, "other"),
            Ingested.Item(tenant, b, "b2", "ana", "sofia", 1, "question"),
            Ingested.Item(tenant, c, "c2", "luis", "ana", 2, "meeting-proposal"),
            Ingested.Item(tenant, a, "a1", "ana", "luis", 0, "question"),
            Ingested.Item(tenant, b, "b1", "ana", "sofia", 0, "greeting"),
            Ingested.Item(tenant, c, "c1", "ana", "luis", 0, "meeting-proposal")));

        var answered = await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{a}", s => s.MessageCount == 2);
        Assert.Equal(("answered", TimeSpan.FromHours(3)), (answered.State, answered.FirstReplyTime));
        var burst = await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{b}", s => s.MessageCount == 2);
        Assert.Equal(("sofia", Ingested.Start), (burst.AwaitingReplyFrom[0].Member, burst.AwaitingReplyFrom[0].Since));
        var meeting = await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{c}", s => s.MessageCount == 2);
        Assert.Equal(["counter-proposed", "expired"], meeting.MeetingProposals.Select(p => p.Outcome));
    }

    [Fact]
    public async Task A_pending_invitation_waits_on_the_invitee_until_it_is_accepted()
    {
        var invitation = $"inv-{Guid.NewGuid():N}";
        var pending = new InvitationIngested(Guid.NewGuid(), scenario.Tenant, DateTimeOffset.UtcNow, invitation, "ana", "luis", Ingested.Start,
            "Hola Luis, conectemos", "linkedin", null);
        var path = $"/api/v1/conversations/invitation:{invitation}";

        await scenario.Bus.Publish(pending);
        var waiting = await scenario.Client.GetWhen<ConversationResponse>(path, _ => true);
        Assert.Equal(("awaiting-reply", "luis"), (waiting.State, waiting.AwaitingReplyFrom[0].Member));

        await scenario.Bus.Publish(pending with { EventId = Guid.NewGuid(), AcceptedAt = Ingested.Start.AddDays(1) });
        var accepted = await scenario.Client.GetWhen<ConversationResponse>(path, s => s.MessageCount == 2);
        Assert.Equal(("answered", TimeSpan.FromDays(1)), (accepted.State, accepted.FirstReplyTime));
    }

    [Fact]
    public async Task A_conversation_split_across_batches_is_completed_by_the_later_batch()
    {
        var (x, y, z) = ($"x-{Guid.NewGuid():N}", $"y-{Guid.NewGuid():N}", $"z-{Guid.NewGuid():N}");
        var t = scenario.Tenant;
        await scenario.Bus.Publish(Ingested.Batch(t, Ingested.Item(t, x, "x1", "ana", "luis", 0), Ingested.Item(t, y, "y1", "ana", "luis", 0)));
        await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{y}", _ => true);

        await scenario.Bus.Publish(Ingested.Batch(t, Ingested.Item(t, z, "z1", "ana", "luis", 0), Ingested.Item(t, x, "x2", "luis", "ana", 1, "other")));

        var completed = await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{x}", s => s.MessageCount == 2);
        Assert.Equal("answered", completed.State);
        await scenario.Client.GetWhen<ConversationResponse>($"/api/v1/conversations/{z}", _ => true);
    }
}
