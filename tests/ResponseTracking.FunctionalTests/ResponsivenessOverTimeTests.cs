using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>What the portal charts: a member's trend period by period, the histogram of their reply times, the tenant's median.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ResponsivenessOverTimeTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Eva = "/api/v1/responses/members/eva/responsiveness";
    private static readonly DateTimeOffset FirstWeek = Ingested.Start;
    private static readonly DateTimeOffset SecondWeek = Ingested.Start.AddDays(7);
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        var t = scenario.Tenant;
        await scenario.Bus.Publish(Ingested.Batch(t,
            // Week 1 (from Monday 2 November): answered in 30 minutes, declined after 3 hours, ignored.
            Ingested.Item(t, "w1-a", "w1-a-q", "ana", "eva", 0), Ingested.Item(t, "w1-a", "w1-a-r", "eva", "ana", 0.5, "other"),
            Ingested.Item(t, "w1-b", "w1-b-q", "ana", "eva", 2), Ingested.Item(t, "w1-b", "w1-b-r", "eva", "ana", 5, "decline"),
            Ingested.Item(t, "w1-c", "w1-c-q", "ana", "eva", 4),
            // Week 2: answered after 30 hours, ignored.
            Ingested.Item(t, "w2-a", "w2-a-q", "ana", "eva", 169), Ingested.Item(t, "w2-a", "w2-a-r", "eva", "ana", 199, "other"),
            Ingested.Item(t, "w2-b", "w2-b-q", "ana", "eva", 170),
            // Luis answers his one conversation in 2 hours.
            Ingested.Item(t, "l-a", "l-a-q", "ana", "luis", 0), Ingested.Item(t, "l-a", "l-a-r", "luis", "ana", 2, "other")));
        await scenario.Client.GetWhen<ResponsivenessResponse>($"{Eva}", r => r.ReplyNeedingReceived == 5);
        await scenario.Client.GetWhen<ResponsivenessResponse>("/api/v1/responses/members/luis/responsiveness", r => r.Answered == 1);
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_trend_gives_each_week_its_counts_rate_and_median_oldest_first()
    {
        var trend = await scenario.Client.GetFromJsonAsync<TrendResponse>($"{Eva}/trend?interval=week");

        Assert.Equal(2, trend!.Total);
        Assert.Equal(
            [
                new TrendPeriodResponse(FirstWeek.AddHours(-9), 3, 1, 1, 1, 0.666667, TimeSpan.FromHours(1.75), TimeSpan.FromHours(1.75)),
                new TrendPeriodResponse(SecondWeek.AddHours(-9), 2, 1, 0, 1, 0.5, TimeSpan.FromHours(30), TimeSpan.FromHours(30)),
            ],
            trend.Items.Select(p => p with { ResponseRate = Math.Round(p.ResponseRate, 6) }),
            new PeriodComparer());
    }

    [Fact]
    public async Task The_trend_is_paged_and_bounded_by_from_and_to()
    {
        var second = await scenario.Client.GetFromJsonAsync<TrendResponse>($"{Eva}/trend?interval=week&page=2&pageSize=1");
        var month = await scenario.Client.GetFromJsonAsync<TrendResponse>($"{Eva}/trend?interval=month");
        var onlyFirstWeek = await scenario.Client.GetFromJsonAsync<TrendResponse>(
            $"{Eva}/trend?interval=week&from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z");

        Assert.Equal((2, 2, 1), (second!.Total, second.Page, second.PageSize));
        Assert.Equal(SecondWeek.AddHours(-9), Assert.Single(second.Items).PeriodStart);
        Assert.Equal(5, Assert.Single(month!.Items).ReplyNeedingReceived);
        Assert.Equal(3, Assert.Single(onlyFirstWeek!.Items).ReplyNeedingReceived);
    }

    [Fact]
    public async Task Figures_as_of_a_date_count_the_90_days_before_it_by_message_time_and_only_the_replies_sent_by_then()
    {
        // 100 hours in: week 1 only. 180 hours in: week 2 received too, but its reply (at 199 hours) not yet sent.
        var firstWeek = await scenario.Client.GetFromJsonAsync<ResponsivenessResponse>($"{Eva}?asOf={Uri.EscapeDataString(Ingested.Start.AddHours(100).ToString("O"))}");
        var beforeTheReply = await scenario.Client.GetFromJsonAsync<ResponsivenessResponse>($"{Eva}?asOf={Uri.EscapeDataString(Ingested.Start.AddHours(180).ToString("O"))}");
        var now = await scenario.Client.GetFromJsonAsync<ResponsivenessResponse>(Eva);

        Assert.Equal((3, 1, 1, 1), (firstWeek!.ReplyNeedingReceived, firstWeek.Answered, firstWeek.Declined, firstWeek.Ignored));
        Assert.Equal(Ingested.Start.AddHours(100), firstWeek.WindowEnd);
        Assert.Equal((5, 1, 1, 3), (beforeTheReply!.ReplyNeedingReceived, beforeTheReply.Answered, beforeTheReply.Declined, beforeTheReply.Ignored));
        Assert.Equal((5, 2, 1, 2), (now!.ReplyNeedingReceived, now.Answered, now.Declined, now.Ignored));
        var longAgo = await scenario.Client.GetFromJsonAsync<ResponsivenessResponse>($"{Eva}?asOf=2026-06-01T00:00:00Z");
        Assert.Equal(0, longAgo!.ReplyNeedingReceived);
    }

    [Theory]
    [InlineData(Eva + "?asOf=yesterday", "asOf")]
    [InlineData(Eva + "?asOff=2026-11-20T00:00:00Z", "asOff")]
    [InlineData(Eva + "/trend?interval=week&form=2026-11-01T00:00:00Z", "form")]
    [InlineData(Eva + "/reply-times?basis=calendar&asOf=2026-11-20T00:00:00Z", "asOf")]
    [InlineData("/api/v1/responses/tenant/responsiveness?member=eva", "member")]
    public async Task Unknown_or_malformed_query_parameters_are_a_400_naming_them(string url, string parameter)
    {
        var response = await scenario.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Contains(parameter, problem!.Errors.Keys);
    }

    [Fact]
    public async Task The_histogram_counts_first_replies_by_how_long_they_took()
    {
        var histogram = await scenario.Client.GetFromJsonAsync<HistogramResponse>($"{Eva}/reply-times");

        Assert.Equal(3, histogram!.Count);
        Assert.Equal(
            [("under-1h", 1), ("under-6h", 1), ("under-1d", 0), ("under-3d", 1), ("under-7d", 0), ("7d-or-more", 0)],
            histogram.Buckets.Select(b => (b.Name, b.Count)));
        Assert.Equal(TimeSpan.FromHours(1), histogram.Buckets[0].UpTo);
        Assert.Null(histogram.Buckets[^1].UpTo);
    }

    [Fact]
    public async Task The_tenant_median_is_the_median_member()
    {
        var tenant = await scenario.Client.GetFromJsonAsync<TenantResponse>("/api/v1/responses/tenant/responsiveness");

        // Eva: 3 of 5 answered, first replies after 0.5, 3 and 30 hours; Luis: 1 of 1 after 2 hours. Ana is owed nothing.
        Assert.Equal(2, tenant!.Members);
        Assert.Equal((0.6 + 1) / 2, tenant.MedianResponseRate!.Value, 6);
        Assert.Equal(TimeSpan.FromHours((3 + 2) / 2.0), tenant.MedianFirstReplyTime);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_it()
    {
        var other = scenario.Service.ClientFor($"tenant-{Guid.NewGuid():N}");

        var trend = await other.GetFromJsonAsync<TrendResponse>($"{Eva}/trend");
        var histogram = await other.GetFromJsonAsync<HistogramResponse>($"{Eva}/reply-times");
        var tenant = await other.GetFromJsonAsync<TenantResponse>("/api/v1/responses/tenant/responsiveness");

        Assert.Equal(0, trend!.Total);
        Assert.Equal(0, histogram!.Count);
        Assert.Equal((0, null), (tenant!.Members, tenant.MedianResponseRate));
    }

    [Theory]
    [InlineData("trend?interval=day", "interval")]
    [InlineData("trend?pageSize=0", "pageSize")]
    [InlineData("trend?page=0", "page")]
    [InlineData("trend?from=2026-11-10T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    [InlineData("reply-times?basis=weekdays", "basis")]
    [InlineData("reply-times?replies=some", "replies")]
    [InlineData("reply-times?from=yesterday", "from")]
    [InlineData("trend?to=2026-13-45", "to")]
    public async Task A_bad_parameter_gets_400_naming_it(string query, string field)
    {
        var response = await scenario.Client.GetAsync($"{Eva}/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync());
    }

    private sealed record TrendResponse(string Member, string Interval, List<TrendPeriodResponse> Items, int Page, int PageSize, int Total);

    private sealed record TrendPeriodResponse(
        DateTimeOffset PeriodStart, int ReplyNeedingReceived, int Answered, int Declined, int Ignored, double ResponseRate,
        TimeSpan? FirstReplyMedian, TimeSpan? ReplyMedian);

    private sealed record HistogramResponse(string Basis, string Replies, int Count, List<BucketResponse> Buckets);

    private sealed record BucketResponse(string Name, TimeSpan? UpTo, int Count);

    private sealed record TenantResponse(int Members, double? MedianResponseRate, TimeSpan? MedianFirstReplyTime, TimeSpan? MedianReplyTime);

    /// <summary>Periods compare by their instant, whatever offset they were written with.</summary>
    private sealed class PeriodComparer : IEqualityComparer<TrendPeriodResponse>
    {
        public bool Equals(TrendPeriodResponse? x, TrendPeriodResponse? y) =>
            x is not null && y is not null && x.PeriodStart.UtcDateTime == y.PeriodStart.UtcDateTime
            && x with { PeriodStart = y.PeriodStart } == y;

        public int GetHashCode(TrendPeriodResponse obj) => obj.PeriodStart.UtcDateTime.GetHashCode();
    }
}
