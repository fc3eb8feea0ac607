using System.Diagnostics;
using NetworkingPlatform.ServiceDefaults.Telemetry;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>Which traces a service starts (the web defaults every service uses): decided once, where work enters.</summary>
public sealed class PlatformSamplerTests
{
    [Fact]
    public void Requests_are_kept_up_to_the_budget_of_a_second_and_then_dropped()
    {
        var sampler = new PlatformSampler(tracesPerSecond: 3);

        var decisions = Enumerable.Range(0, 5).Select(_ => Decide(sampler, "POST /api/v1/messages", ActivityKind.Server)).ToList();

        Assert.Equal(
            [SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample, SamplingDecision.RecordAndSample, SamplingDecision.Drop, SamplingDecision.Drop],
            decisions);
    }

    [Theory]
    [InlineData("notification-conversation-answered receive", ActivityKind.Consumer)]
    [InlineData("marten.conversation-events-forwarder.all.page.execution", ActivityKind.Internal)]
    [InlineData("marten.daemon.highwatermark", ActivityKind.Internal)]
    [InlineData("postgresql", ActivityKind.Client)]
    public void Work_that_did_not_enter_here_never_starts_a_trace_though_the_budget_has_room(string name, ActivityKind kind)
    {
        var sampler = new PlatformSampler(tracesPerSecond: 100);

        Assert.Equal(SamplingDecision.Drop, Decide(sampler, name, kind));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, "forward reply-went-overdue", ActivityKind.Producer));
    }

    [Fact]
    public void A_trace_kept_upstream_is_followed_here_with_the_budget_spent_and_one_dropped_is_not()
    {
        var sampler = new ParentBasedSampler(new PlatformSampler(tracesPerSecond: 1));
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(sampler, "GET /api/v1/inbox", ActivityKind.Server));

        var kept = Decide(sampler, "response-tracking-messages-ingested receive", ActivityKind.Consumer, Upstream(ActivityTraceFlags.Recorded));
        var dropped = Decide(sampler, "forward reply-recorded", ActivityKind.Producer, Upstream(ActivityTraceFlags.None));

        Assert.Equal((SamplingDecision.RecordAndSample, SamplingDecision.Drop), (kept, dropped));
    }

    private static ActivityContext Upstream(ActivityTraceFlags flags) =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), flags, isRemote: true);

    private static SamplingDecision Decide(Sampler sampler, string name, ActivityKind kind, ActivityContext parent = default) =>
        sampler.ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), name, kind)).Decision;
}
