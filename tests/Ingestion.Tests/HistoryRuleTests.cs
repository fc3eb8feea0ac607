using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NetworkingPlatform.Ingestion.History;

namespace NetworkingPlatform.Ingestion.Tests;

public class HistoryRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static HistoryRule Rule(TimeSpan? freshFor = null) =>
        new(new FakeTimeProvider(Now), Options.Create(new HistoryOptions { FreshFor = freshFor ?? TimeSpan.FromHours(48) }));

    [Fact]
    public void A_message_is_live_within_the_freshness_bound_and_history_beyond_it()
    {
        var cutoff = Rule().Now();

        Assert.False(cutoff.IsHistory(Now.AddHours(-47)));
        Assert.False(cutoff.IsHistory(Now.AddMinutes(5)));
        Assert.True(cutoff.IsHistory(Now.AddHours(-49)));
        Assert.True(Rule(TimeSpan.FromHours(1)).Now().IsHistory(Now.AddHours(-2)));
    }

    [Fact]
    public void A_declared_backfill_is_history_however_recent()
    {
        Assert.True(Rule().Now(declaredHistory: true).IsHistory(Now));
    }
}
