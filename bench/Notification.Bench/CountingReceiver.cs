using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.Notification.Bench;

/// <summary>A webhook receiver on a loopback port that only counts the distinct event ids it accepted.</summary>
public sealed class CountingReceiver : IAsyncDisposable
{
    private readonly HashSet<string> eventIds = [];
    private WebApplication? app;
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/hook", (HttpContext context) =>
        {
            Interlocked.Increment(ref requests);
            lock (eventIds)
            {
                eventIds.Add(context.Request.Headers["X-NP-Event-Id"].ToString());
            }

            return Results.Ok();
        });
        await app.StartAsync();
        Url = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "hook");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
