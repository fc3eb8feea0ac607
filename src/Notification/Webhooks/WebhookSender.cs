using System.Diagnostics;
using System.Text;
using NetworkingPlatform.Notification.Deliveries;

namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>POSTs a delivery's payload to its subscription, signed; any 2xx is a success, anything else a failed attempt.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<DeliveryAttempt> Send(WebhookSubscription subscription, Delivery delivery, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var body = delivery.Payload ?? "{}";
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.IdHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.TypeHeader, delivery.EventType);
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, at.ToUnixTimeSeconds(), body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return new DeliveryAttempt(at, response.IsSuccessStatusCode, status, response.IsSuccessStatusCode ? null : $"HTTP {status}", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryAttempt(at, false, null, exception.Message, Stopwatch.GetElapsedTime(started));
        }
    }
}
