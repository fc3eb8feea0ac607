using System.Security.Authentication;

namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>
/// What the delivery log says about a failed attempt: a class of error, never the socket's own message, which would
/// tell a tenant which internal addresses and ports answer. The details go to the service's log.
/// </summary>
public static class WebhookFailure
{
    public const string HttpStatus = "http-status";
    public const string Dns = "dns";
    public const string AddressNotAllowed = "address-not-allowed";
    public const string ConnectionRefused = "connection-refused";
    public const string ConnectionFailed = "connection-failed";
    public const string Timeout = "timeout";
    public const string Tls = "tls";
    public const string InvalidResponse = "invalid-response";

    public static string Of(Exception exception)
    {
        if (Find<WebhookTargetRefusedException>(exception) is { } refused)
        {
            return refused.Failure;
        }

        if (Find<SocketException>(exception) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => ConnectionRefused,
                SocketError.TimedOut => Timeout,
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => Dns,
                _ => ConnectionFailed,
            };
        }

        if (Find<AuthenticationException>(exception) is not null)
        {
            return Tls;
        }

        return exception is HttpRequestException http
            ? http.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => Dns,
                HttpRequestError.SecureConnectionError => Tls,
                HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => InvalidResponse,
                _ => ConnectionFailed,
            }
            : ConnectionFailed;
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
