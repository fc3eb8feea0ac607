using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NetworkingPlatform.TestServers;

/// <summary>A real HTTP server on a loopback port that records each GET and POST and answers with the status (and JSON) the test chooses.</summary>
public sealed class LocalHttpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private LoopbackHttpServer? server;

    /// <summary>Decides the status of each request; by default every request succeeds.</summary>
    public Func<ReceivedRequest, int> Respond { get; set; } = _ => StatusCodes.Status200OK;

    /// <summary>The Location header of a redirecting answer, if any.</summary>
    public Func<ReceivedRequest, string?> Location { get; set; } = _ => null;

    /// <summary>The JSON body of a successful answer, if any.</summary>
    public Func<ReceivedRequest, object?> Body { get; set; } = _ => null;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public async Task Start()
    {
        server = await LoopbackHttpServer.Start(app => app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var request = new ReceivedRequest(context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync(), Method: context.Request.Method);
            var status = Respond(request);
            received.Enqueue(request with { Status = status });
            if (Location(request) is { } location)
            {
                context.Response.Headers.Location = location;
            }

            return status < 300 && Body(request) is { } body ? Results.Json(body, statusCode: status) : Results.StatusCode(status);
        }));
        BaseAddress = server.BaseAddress;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
