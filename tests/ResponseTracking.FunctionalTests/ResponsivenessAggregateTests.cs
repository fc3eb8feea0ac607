using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>The figures PostgreSQL aggregates agree with their definition in <see cref="ResponsivenessFigures.Compute"/>.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ResponsivenessAggregateTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int Conversations = 60;
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_aggregated_figures_equal_those_computed_from_every_answer()
    {
        var t = scenario.Tenant;
        var random = new Random(7);
        var items = new List<MessageIngested>();
        for (var c = 0; c < Conversations; c++)
        {
            var conversation = $"agg-{c}";
            // Spread over three weeks so that replies cross nights and weekends; some are ignored, some answered many times.
            double at = random.Next(0, 24 * 21);
            items.Add(Ingested.Item(t, conversation, $"{conversation}-q0", "ana", "eva", at));
            var exchanges = random.Next(0, 4);
            for (var e = 0; e < exchanges; e++)
            {
                at += random.Next(1, 60) + random.NextDouble();
                items.Add(Ingested.Item(t, conversation, $"{conversation}-r{e}", "eva", "ana", at, e == 0 && random.Next(4) == 0 ? "decline" : "other"));
                at += random.Next(1, 30);
                items.Add(Ingested.Item(t, conversation, $"{conversation}-q{e + 1}", "ana", "eva", at));
            }
        }

        await scenario.Bus.Publish(Ingested.Batch(t, [.. items]));
        var actual = await scenario.Client.GetWhen<ResponsivenessResponse>("/api/v1/responses/members/eva/responsiveness",
            r => r.ReplyNeedingReceived == Conversations);

        var expected = await Expected("eva");
        Assert.True(expected.ReplyTime.Count > expected.FirstReplyTime.Count, "the data must hold conversations answered more than once");
        Assert.True(expected.Declined > 0 && expected.Ignored > 0, "the data must hold declines and ignored conversations");
        Assert.Equal((expected.ReplyNeedingReceived, expected.Answered, expected.Declined, expected.Ignored, expected.ResponseRate),
            (actual.ReplyNeedingReceived, actual.Answered, actual.Declined, actual.Ignored, actual.ResponseRate));
        AssertSame(expected.FirstReplyTime, actual.FirstReplyTime);
        AssertSame(expected.ReplyTime, actual.ReplyTime);
        AssertSame(expected.FirstReplyBusinessTime, actual.FirstReplyBusinessTime);
        AssertSame(expected.ReplyBusinessTime, actual.ReplyBusinessTime);
    }

    private async Task<ResponsivenessFigures> Expected(string member)
    {
        await using var session = scenario.Service.Services.GetRequiredService<IDocumentStore>().QuerySession(scenario.Tenant);
        var sides = await session.Query<MemberConversation>().Where(c => c.Member == member).ToListAsync();
        var cutoff = DateTimeOffset.UtcNow - ResponsivenessFigures.Window;
        return ResponsivenessFigures.Compute(
            [.. sides.Where(s => s.OwedSince >= cutoff).Select(s => (IReadOnlyList<AnsweredWait>)s.Answers)], BusinessHours.Default);
    }

    /// <summary>The aggregate rounds its interpolation to the tick once; the definition rounds the interpolated step.</summary>
    private static void AssertSame(ReplyTimeDistribution expected, DistributionResponse actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.InRange((actual.Median!.Value - expected.Median!.Value).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(1));
        Assert.InRange((actual.P90!.Value - expected.P90!.Value).Duration(), TimeSpan.Zero, TimeSpan.FromTicks(1));
    }
}
