using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class AbuseLimitTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int PerMinute = 5;
    private GatewayHarness harness = null!;

    public async Task InitializeAsync() => harness = await GatewayHarness.Start(infrastructure, new Dictionary<string, string>
    {
        ["RateLimits:PerCallerPerMinute"] = PerMinute.ToString(),
        ["Limits:MaxRequestBodyBytes"] = "1048576",
    });

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_key_over_its_limit_gets_429_problem_details_with_retry_after_while_other_keys_go_on()
    {
        var client = harness.Bare(apiKey: harness.DemoKey.ToString());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PerMinute + 1; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/messages/echo")).StatusCode);
        }

        var limited = await client.GetAsync("/api/v1/messages/echo");
        var (_, cookie) = await GatewayHarness.SignUp(harness.Bare(), $"other-{Guid.NewGuid():N}@example.org");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        var problem = await limited.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal((429, "https://tools.ietf.org/html/rfc6585#section-4"), (problem!.Status, problem.Type));
        Assert.False(problem.Extensions.ContainsKey("lockedUntil"));
        Assert.Equal(HttpStatusCode.OK, (await harness.Bare(cookie: cookie).GetAsync("/api/v1/messages/echo")).StatusCode);
    }

    [Fact]
    public async Task Every_answer_tells_the_caller_its_budget_refusals_included()
    {
        var (_, cookie) = await GatewayHarness.SignUp(harness.Bare(), $"budget-{Guid.NewGuid():N}@example.org");
        var client = harness.Bare(cookie: cookie);
        var answers = new List<HttpResponseMessage>();
        // The bucket refills a little every second: on a slow machine it can take more than its size to empty it.
        while (answers.Count < 50 && answers.LastOrDefault()?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            answers.Add(await client.GetAsync("/api/v1/messages/echo"));
        }

        static int Header(HttpResponseMessage answer, string name) => int.Parse(answer.Headers.GetValues(name).Single());
        Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1].StatusCode);
        Assert.All(answers, answer => Assert.Equal(PerMinute, Header(answer, "RateLimit-Limit")));
        Assert.All(answers, answer => Assert.InRange(Header(answer, "RateLimit-Remaining"), 0, PerMinute));
        Assert.Equal(0, Header(answers[^1], "RateLimit-Remaining"));
        Assert.InRange(Header(answers[^1], "RateLimit-Reset"), 1, 60);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_gets_413_problem_details()
    {
        var (_, cookie) = await GatewayHarness.SignUp(harness.Bare(), $"big-{Guid.NewGuid():N}@example.org");
        var content = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await harness.Bare(cookie: cookie).PostAsync("/api/v1/messages/echo", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    [Fact]
    public async Task Only_the_portal_origin_may_call_from_a_browser_with_credentials()
    {
        var portal = await Preflight("http://portal.test:5090");
        var stranger = await Preflight("https://evil.example");

        Assert.Equal("http://portal.test:5090", portal.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", portal.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        var unauthenticated = await harness.Bare().GetAsync("/api/v1/messages/echo");
        Assert.All([portal, stranger, unauthenticated], answer => Assert.Contains("Origin", answer.Headers.Vary));
    }

    [Fact]
    public async Task Answers_carry_security_headers_refusals_included()
    {
        var response = await harness.Bare().GetAsync("/api/v1/messages/echo");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_docs_and_the_gateway_document_are_public_and_describe_the_account_api()
    {
        var docs = await harness.Bare().GetAsync("/docs");
        var document = await harness.Bare().GetStringAsync("/openapi/gateway.json");

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        var page = await docs.Content.ReadAsStringAsync();
        Assert.True(page.Contains("ingestion.json", StringComparison.Ordinal), page);
        Assert.Contains("/api/v1/account/sign-in", document);
        Assert.Contains("/api/v1/tenant/api-keys", document);
        Assert.Contains("X-Api-Key", document);
    }

    private async Task<HttpResponseMessage> Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/messages/echo");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await harness.Bare().SendAsync(request);
    }
}
