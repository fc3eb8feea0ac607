using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>A client's mistake is answered 400 naming the field and logged as information: error logs are the service's own failures.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadRequestLogTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string LuisPromise = "/api/v1/responses/members/luis/promise";
    private readonly CapturedLogs logs = new();
    private readonly PlatformServiceFactory<Program> factory = new(infrastructure);
    private WebApplicationFactory<Program> service = null!;

    public Task InitializeAsync()
    {
        service = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await factory.DisposeAsync();
    }

    public static TheoryData<string, string, string?, string> MalformedRequests => new()
    {
        { "GET", "/api/v1/conversations/c1?asOf=yesterday", null, "asOf" },
        { "GET", "/api/v1/conversations/c1?version=latest", null, "version" },
        { "PUT", LuisPromise, """{"withinBusinessDays": "two"}""", "withinBusinessDays" },
        { "PUT", LuisPromise, """{"withinBusinessDays": 2, "timeZone": 5}""", "timeZone" },
        { "PUT", LuisPromise, """{"withinBusinessDays": """, "withinBusinessDays" },
        { "PUT", LuisPromise, "[1, 2]", "body" },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task A_malformed_request_is_a_400_naming_the_field_and_writes_no_error_log(string method, string path, string? body, string field)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", GatewayIdentityTokens.Issue(infrastructure.SigningKey, $"tenant-{Guid.NewGuid():N}"));
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(logs.Entries.Where(entry => entry.Level >= LogLevel.Error || entry.Exception is BadHttpRequestException)
            .Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}"));
        Assert.Contains(logs.Entries, entry => entry.Level == LogLevel.Information && entry.Message.Contains(field, StringComparison.Ordinal));
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(await response.Content.ReadAsStringAsync(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.True(problem!.Errors.ContainsKey(field), $"The problem names {string.Join(", ", problem.Errors.Keys)}, not {field}.");
    }
}
