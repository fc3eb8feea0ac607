using System.Diagnostics;
using System.Text;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Webhooks.Targets;

namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>
/// POSTs a delivery's payload to its subscription, signed; any 2xx is a success, anything else (a redirect included,
/// which is never followed) a failed attempt. The client is its own, not the factory's: no service discovery, proxy,
/// cookies or retries, and every connection goes through <see cref="WebhookTargets.Connect"/>.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient client;
    private readonly TimeProvider clock;
    private readonly ILogger<WebhookSender> logger;

    public WebhookSender(WebhookTargets targets, TimeProvider clock, ILogger<WebhookSender> logger)
    {
        this.clock = clock;
        this.logger = logger;
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = targets.Connect,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<DeliveryAttempt> Send(WebhookSubscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var body = delivery.Payload ?? "{}";
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.TypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.SecretsAt(at), at.ToUnixTimeSeconds(), body));
        request.Headers.UserAgent.Add(WebhookUserAgent.Product);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return new DeliveryAttempt(at, response.IsSuccessStatusCode, status, response.IsSuccessStatusCode ? null : WebhookFailure.HttpStatus, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException exception)
        {
            return Failed(WebhookFailure.Of(exception), exception);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            return Failed(WebhookFailure.Timeout, exception);
        }

        DeliveryAttempt Failed(string failure, Exception exception)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} to subscription {SubscriptionId} failed ({Failure}): {Detail}",
                delivery.Id, subscription.Id, failure, Detail(exception));
            return new DeliveryAttempt(at, false, null, failure, Stopwatch.GetElapsedTime(started));
        }
    }

    public void Dispose() => client.Dispose();

    private static string Detail(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join("; ", messages);
    }
}
