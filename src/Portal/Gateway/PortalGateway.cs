using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using NetworkingPlatform.Portal.Account;

namespace NetworkingPlatform.Portal.Gateway;

/// <summary>
/// The Gateway as the signed-in member of this circuit: every request carries the member's session, and a session the
/// Gateway no longer accepts signs the member out of the portal too.
/// </summary>
public sealed class PortalGateway(IHttpClientFactory clients, AuthenticationStateProvider authentication, NavigationManager navigation)
{
    public async Task<string> Member() => PortalClaims.MemberOf((await authentication.GetAuthenticationStateAsync()).User)
        ?? throw new InvalidOperationException("No member is signed in.");

    public Task<GatewayResult<T>> Get<T>(string path, CancellationToken cancellationToken = default) =>
        Send<T>(HttpMethod.Get, path, null, cancellationToken);

    public Task<GatewayResult<T>> Post<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        Send<T>(HttpMethod.Post, path, body, cancellationToken);

    public Task<GatewayResult<T>> Put<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        Send<T>(HttpMethod.Put, path, body, cancellationToken);

    public Task<GatewayResult<NoContent>> Delete(string path, CancellationToken cancellationToken = default) =>
        Send<NoContent>(HttpMethod.Delete, path, null, cancellationToken);

    public async Task<GatewayResult<T>> Send<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var session = await Session();
        try
        {
            using var response = await clients.CreateClient(GatewayClients.Api)
                .SendAsync(GatewaySession.Request(method, path, session, body), cancellationToken);
            SignOutWhenRefused(response);
            return await GatewaySession.Read<T>(response, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException
                                              || (exception is TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The page shows that the platform cannot be reached instead of failing the member's whole circuit.
            return GatewayProblem.Unreachable(exception.Message);
        }
    }

    /// <summary>Server-Sent Events from the Gateway, as (event type, JSON data), until cancelled or the stream ends.</summary>
    public async IAsyncEnumerable<(string Type, JsonElement Data)> Stream(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = await Session();
        using var response = await clients.CreateClient(GatewayClients.Stream)
            .SendAsync(GatewaySession.Request(HttpMethod.Get, path, session), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        SignOutWhenRefused(response);
        if (!response.IsSuccessStatusCode)
        {
            yield break;
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken))
        {
            using var data = JsonDocument.Parse(item.Data);
            yield return (item.EventType, data.RootElement.Clone());
        }
    }

    private async Task<string?> Session() => PortalClaims.SessionOf((await authentication.GetAuthenticationStateAsync()).User);

    private void SignOutWhenRefused(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            navigation.NavigateTo(AccountEndpoints.ExpiredPath, forceLoad: true);
        }
    }
}
