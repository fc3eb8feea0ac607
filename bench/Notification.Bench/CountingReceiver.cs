using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.Bench;

/// <summary>A webhook receiver on a loopback port that only counts the distinct event ids it accepted.</summary>
public sealed class CountingReceiver : IAsyncDisposable
{
    private readonly HashSet<string> eventIds = [];
    private LoopbackHttpServer? server;
    private int requests;

    public Uri Url { get; private set; } = null!;

    public int Requests => Volatile.Read(ref requests);

    public int DistinctEvents
    {
        get
        {
            lock (eventIds)
            {
                return eventIds.Count;
            }
        }
    }

    public async Task Start()
    {
        server = await LoopbackHttpServer.Start(app => app.MapPost("/hook", (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            lock (eventIds)
            {
                eventIds.Add(context.Request.Headers["X-NP-Event-Id"].ToString());
            }

            return Results.Ok();
        }));
        Url = new Uri(server.BaseAddress, "hook");
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
