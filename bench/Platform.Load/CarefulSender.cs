using System.Diagnostics;
using System.Net;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Sends a request the way a careful integration does: the same request with the same Idempotency-Key again after a
/// 5xx, a 409 (still being processed), a 429 (after its Retry-After) or a connection error, with backoff, until an
/// answer or its deadline. A platform that loses nothing must take every request a careful client keeps sending.
/// </summary>
public sealed class CarefulSender(HttpClient client, TimeSpan giveUpAfter)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(5);

    public static bool IsRetryable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    public async Task<SendOutcome> Send(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var backoff = FirstBackoff;
        var attempts = 0;
        HttpStatusCode? lastStatus = null;
        string? lastError = null;
        var lastBody = string.Empty;
        while (true)
        {
            attempts++;
            TimeSpan? retryAfter = null;
            try
            {
                using var request = build();
                using var response = await client.SendAsync(request, cancellationToken);
                lastStatus = response.StatusCode;
                lastBody = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!IsRetryable(response.StatusCode))
                {
                    var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
                    return new SendOutcome(response.StatusCode, lastBody, attempts, Stopwatch.GetElapsedTime(started), replayed, null);
                }

                retryAfter = response.Headers.RetryAfter?.Delta;
                lastError = $"{(int)response.StatusCode}";
            }
            catch (HttpRequestException exception)
            {
                lastStatus = null;
                lastError = exception.HttpRequestError.ToString();
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastStatus = null;
                lastError = "timeout";
            }

            var wait = retryAfter ?? backoff;
            if (Stopwatch.GetElapsedTime(started) + wait > giveUpAfter)
            {
                return new SendOutcome(lastStatus, lastBody, attempts, Stopwatch.GetElapsedTime(started), false, lastError);
            }

            await Task.Delay(wait, cancellationToken);
            backoff = TimeSpan.FromTicks(Math.Min(LongestBackoff.Ticks, backoff.Ticks * 2));
        }
    }
}
