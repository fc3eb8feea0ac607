using System.Net.Sockets;
using MailKit.Security;

namespace NetworkingPlatform.Mailboxes.Imap;

/// <summary>
/// Opens a logged-in IMAP connection, or throws <see cref="ConnectionFailedException"/> saying which setting is wrong:
/// the host (unknown, refusing, not answering), TLS (no TLS where asked, a certificate that is not trusted), or the
/// user name and password. Nothing it reports carries the password.
/// </summary>
public sealed class ImapConnector(IOptions<MailboxOptions> options)
{
    public async Task<ImapClient> Connect(ImapSettings settings, CancellationToken cancellationToken)
    {
        var client = new ImapClient { Timeout = (int)options.Value.ConnectTimeout.TotalMilliseconds };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.ConnectTimeout);
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, TlsModes.Socket(settings.Tls), timeout.Token);
            await client.AuthenticateAsync(settings.UserName, settings.Password, timeout.Token);
            return client;
        }
        catch (Exception exception) when (Failure(exception, settings, cancellationToken) is { } failure)
        {
            client.Dispose();
            throw new ConnectionFailedException(failure, exception);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static ConnectionFailure? Failure(Exception exception, ImapSettings settings, CancellationToken cancellationToken) => exception switch
    {
        AuthenticationException => new(ConnectionFailure.Authentication, "password",
            $"The server {settings.Host} refused the user name '{settings.UserName}' with this password. Check both; many providers need an app password for IMAP."),
        SslHandshakeException => new(ConnectionFailure.TlsCause, "tls",
            $"A TLS connection to {settings.Host}:{settings.Port} could not be made: the server does not speak TLS on this port, or its certificate is not trusted. Check the port and the TLS mode."),
        NotSupportedException when settings.Tls == TlsModes.StartTls => new(ConnectionFailure.TlsCause, "tls",
            $"{settings.Host}:{settings.Port} does not offer STARTTLS. Use TLS mode 'tls' on port 993."),
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } => new(ConnectionFailure.Host, "host",
            $"The host '{settings.Host}' is not known. Check its spelling."),
        SocketException => new(ConnectionFailure.Host, "host",
            $"Nothing accepts IMAP connections at {settings.Host}:{settings.Port}. Check the host and the port."),
        OperationCanceledException when !cancellationToken.IsCancellationRequested => new(ConnectionFailure.Host, "host",
            $"{settings.Host}:{settings.Port} did not answer in time. Check the host and the port."),
        TimeoutException or IOException or ImapProtocolException => new(ConnectionFailure.Host, "port",
            $"{settings.Host}:{settings.Port} did not answer as an IMAP server. Check the port and the TLS mode."),
        _ => null,
    };
}
