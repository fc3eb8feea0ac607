using NetworkingPlatform.Notification.Webhooks.Targets;

namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>
/// POSTs a message to a subscription, signed as of the moment given; any 2xx is a success, anything else (a redirect
/// included, which is never followed) a failure. The client is its own, not the factory's: no service discovery, proxy,
/// cookies or retries, and every connection goes through <see cref="WebhookTargets.Connect"/>.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient client;
    private readonly ILogger<WebhookSender> logger;

    public WebhookSender(WebhookTargets targets, ILogger<WebhookSender> logger)
    {
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

    public async Task<WebhookResponse> Send(WebhookSubscription subscription, WebhookMessage message, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(message.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, message.EventId.ToString());
        request.Headers.Add(WebhookSignature.TypeHeader, message.EventType);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.SecretsAt(at), at.ToUnixTimeSeconds(), message.Body));
        request.Headers.UserAgent.Add(WebhookUserAgent.Product);
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            return new WebhookResponse((int)response.StatusCode, response.IsSuccessStatusCode ? null : WebhookFailure.HttpStatus);
        }
        catch (HttpRequestException exception)
        {
            return Failed(WebhookFailure.Of(exception), exception);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            return Failed(WebhookFailure.Timeout, exception);
        }

        WebhookResponse Failed(string failure, Exception exception)
        {
            logger.LogWarning("Webhook delivery {DeliveryId} to subscription {SubscriptionId} failed ({Failure}): {Detail}",
                message.DeliveryId, subscription.Id, failure, Detail(exception));
            return new WebhookResponse(null, failure);
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
