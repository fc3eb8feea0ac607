using System.Net;
using System.Text;
using NetworkingPlatform.TestServers.Contract;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// The check every Gateway client of the suites carries (<see cref="ContractCheck"/>) refuses what the committed documents
/// do not describe: shown here on answers written by hand, so that the check is known to be able to fail.
/// </summary>
public sealed class ContractCheckTests
{
    [Fact]
    public async Task A_documented_status_with_a_body_its_schema_accepts_passes()
    {
        using var client = ClientAnswering(HttpStatusCode.OK, """{"items":[],"page":1,"pageSize":50,"total":0}""");

        var response = await client.GetAsync("/api/v1/webhooks?page=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"items\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_its_schema_refuses_fails_naming_the_operation()
    {
        using var client = ClientAnswering(HttpStatusCode.OK, "[]");

        var violation = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync("/api/v1/webhooks"));

        Assert.Contains("GET /api/v1/webhooks (notification.json)", violation.Message);
        Assert.Contains("does not validate", violation.Message);
    }

    [Fact]
    public async Task An_undocumented_status_fails()
    {
        using var client = ClientAnswering(HttpStatusCode.Gone, """{"title":"Gone"}""", "application/problem+json");

        var violation = await Assert.ThrowsAsync<ContractViolationException>(() => client.GetAsync($"/api/v1/opportunities/{Guid.NewGuid()}"));

        Assert.Contains("answered 410, which the document does not list", violation.Message);
    }

    [Fact]
    public async Task A_json_body_where_the_document_describes_none_fails()
    {
        using var client = ClientAnswering(HttpStatusCode.NoContent, """{"closed":true}""");

        var violation = await Assert.ThrowsAsync<ContractViolationException>(() => client.PostAsync($"/api/v1/opportunities/{Guid.NewGuid()}/close", null));

        Assert.Contains("answered 204 with application/json", violation.Message);
    }

    [Fact]
    public async Task A_path_no_document_describes_is_not_judged()
    {
        using var client = ClientAnswering(HttpStatusCode.ServiceUnavailable, "[]");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
    }

    private static HttpClient ClientAnswering(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(new ContractCheck(new Answering(status, body, mediaType))) { BaseAddress = new Uri("http://gateway.test") };

    /// <summary>Stands for the Gateway with one fixed answer: what is tested is the check, not the Gateway.</summary>
    private sealed class Answering(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
