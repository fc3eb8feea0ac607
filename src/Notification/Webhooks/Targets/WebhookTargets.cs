namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>
/// Resolves a webhook target's host and checks every address against <see cref="InternalAddresses"/>, at registration
/// and again for each connection; a connection goes only to an address that passed, so a DNS answer changing between
/// the check and the connection (DNS rebinding) reaches nothing internal.
/// </summary>
public sealed class WebhookTargets(IWebhookHostResolver resolver, IOptions<WebhookTargetOptions> options)
{
    /// <summary>The host's addresses, all of them allowed; otherwise <see cref="WebhookTargetRefusedException"/>.</summary>
    public async Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolver.Resolve(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new WebhookTargetRefusedException(WebhookFailure.Dns, $"The host '{host}' does not resolve to any address.");
        }

        // One denied address refuses the host: a name that answers with a public and an internal address is no public receiver.
        if (addresses.FirstOrDefault(address => InternalAddresses.IsDenied(address, options.Value.AllowLoopback)) is { } denied)
        {
            throw new WebhookTargetRefusedException(WebhookFailure.AddressNotAllowed, $"The host '{host}' resolves to {denied}, an internal address.");
        }

        return addresses;
    }

    /// <summary>The connection callback of the webhook client: connects to the first of the checked addresses that answers.</summary>
    public async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Resolve(context.DnsEndPoint.Host, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
