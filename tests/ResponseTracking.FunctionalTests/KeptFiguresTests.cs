using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>
/// Kept responsiveness figures are served only while no commit has changed the member and no conversation has left the
/// window; figures aggregated before a commit are never kept. The forwarder, which also reads figures, is off here, so
/// that only the test reads and keeps them.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class KeptFiguresTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly PlatformServiceFactory<Program> service =
        new(infrastructure, testServices: services => services.AddSingleton<IProjectionCoordinator, DaemonNeverStarted>());
    private readonly string tenant = $"tenant-{Guid.NewGuid():N}";
    private TestBus bus = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = service.ClientFor(tenant);
        bus = await TestBus.Start(infrastructure.RabbitMqConnectionString);
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await service.DisposeAsync();
    }

    private ResponsivenessQuery Query => service.Services.GetRequiredService<ResponsivenessQuery>();

    [Fact]
    public async Task A_read_keeps_the_figures_and_the_next_commit_on_the_member_replaces_them()
    {
        await Answered("k-1", hoursIn: 0);
        var first = await client.GetWhen<ResponsivenessResponse>("/api/v1/responses/members/eva/responsiveness", r => r.Answered == 1);

        var kept = await ReadEva(DateTimeOffset.UtcNow);
        Assert.True(kept.WasKept, "the figures read over HTTP are kept");
        Assert.Equal(first.ReplyNeedingReceived, kept.Figures.ReplyNeedingReceived);

        await Answered("k-2", hoursIn: 24);
        var second = await client.GetWhen<ResponsivenessResponse>("/api/v1/responses/members/eva/responsiveness", r => r.Answered == 2);
        Assert.Equal(2, second.ReplyNeedingReceived);
        var keptAgain = await ReadEva(DateTimeOffset.UtcNow);
        Assert.True(keptAgain.WasKept);
        Assert.Equal(2, keptAgain.Figures.Answered);
    }

    [Fact]
    public async Task Figures_aggregated_before_a_commit_are_not_kept_after_it()
    {
        await Answered("race-1", hoursIn: 0);
        var stale = await ReadEva(DateTimeOffset.UtcNow);
        Assert.False(stale.WasKept);
        Assert.Equal(1, stale.Figures.Answered);

        await Answered("race-2", hoursIn: 24);
        await Query.Keep(tenant, stale, CancellationToken.None);

        var afterKeep = await ReadEva(DateTimeOffset.UtcNow);
        Assert.False(afterKeep.WasKept, "figures from before the commit must not be served after it");
        Assert.Equal(2, afterKeep.Figures.Answered);
    }

    [Fact]
    public async Task Kept_figures_end_when_their_oldest_conversation_leaves_the_window()
    {
        await Answered("w-1", hoursIn: 0);
        await Answered("w-2", hoursIn: 48);
        var soon = Ingested.Start.AddDays(10);
        var windowEnd = Ingested.Start + ResponsivenessFigures.Window;

        Assert.Equal(2, (await Query.Current(tenant, "eva", soon, CancellationToken.None)).ReplyNeedingReceived);
        Assert.True((await ReadEva(windowEnd.AddTicks(-1))).WasKept, "kept while the oldest conversation is inside the window");

        var later = await Query.Current(tenant, "eva", windowEnd.AddHours(1), CancellationToken.None);
        Assert.Equal(1, later.ReplyNeedingReceived);
    }

    [Fact]
    public async Task A_rebuild_serves_no_figure_kept_before_it()
    {
        await Answered("rebuild-1", hoursIn: 0);
        await Query.Current(tenant, "eva", DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.True((await ReadEva(DateTimeOffset.UtcNow)).WasKept);

        var rebuilt = await service.ClientFor(tenant, "read write admin").PostAsync("/api/v1/responses/admin/rebuild", null);

        rebuilt.EnsureSuccessStatusCode();
        var afterRebuild = await ReadEva(DateTimeOffset.UtcNow);
        Assert.False(afterRebuild.WasKept);
        Assert.Equal(1, afterRebuild.Figures.Answered);
    }

    private Task<MemberFigures> ReadEva(DateTimeOffset now) => Query.Read(tenant, "eva", now, CancellationToken.None);

    /// <summary>Ana asks Eva, Eva answers an hour later; returns once the conversation shows the answer.</summary>
    private async Task Answered(string conversation, double hoursIn)
    {
        await bus.Publish(Ingested.Batch(tenant,
            Ingested.Item(tenant, conversation, $"{conversation}-q", "ana", "eva", hoursIn),
            Ingested.Item(tenant, conversation, $"{conversation}-r", "eva", "ana", hoursIn + 1, "other")));
        await client.GetWhen<ConversationResponse>($"/api/v1/conversations/{conversation}", c => c.State == "answered");
    }
}
