using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace NetworkingPlatform.Client;

/// <summary>
/// Sends the API key in <c>X-Api-Key</c> to the Gateway's host and to no other. Kiota's own ApiKeyAuthenticationProvider
/// refuses every http address, and a Gateway on one's own machine (development, tests) has no certificate: here http
/// is allowed for a loopback Gateway only, so a key never crosses a network in clear text.
/// </summary>
internal sealed class GatewayApiKey : IAuthenticationProvider
{
    private const string Header = "X-Api-Key";
    private readonly string apiKey;
    private readonly AllowedHostsValidator gatewayHost;

    public GatewayApiKey(Uri gateway, string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        if (gateway.Scheme != Uri.UriSchemeHttps && !(gateway.Scheme == Uri.UriSchemeHttp && gateway.IsLoopback))
        {
            throw new ArgumentException("The Gateway's address must be https (plain http only on loopback).", nameof(gateway));
        }

        this.apiKey = apiKey;
        gatewayHost = new AllowedHostsValidator([gateway.Host]);
    }

    public Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (gatewayHost.IsUrlHostValid(request.URI))
        {
            request.Headers.Add(Header, apiKey);
        }

        return Task.CompletedTask;
    }
}
