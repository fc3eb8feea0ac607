using System.Net.Http.Json;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Portal.Gateway;

/// <summary>
/// The Gateway's account API (see shared/briefs/account-api.md): sign-up, sign-in, sign-out, language, password.
/// Anonymous requests carry the browser's address, signed, so that the Gateway limits each browser and not the portal.
/// </summary>
public sealed class AccountGateway(IHttpClientFactory clients, BrowserAddress browser, IConfiguration configuration, TimeProvider clock)
{
    private HttpClient Client => clients.CreateClient(GatewayClients.Api);

    public Task<GatewayResult<SignedIn>> SignUp(SignUpRequest request, CancellationToken cancellationToken) =>
        SignInBy("/api/v1/account/sign-up", request, cancellationToken);

    public Task<GatewayResult<SignedIn>> SignIn(string email, string password, CancellationToken cancellationToken) =>
        SignInBy("/api/v1/account/sign-in", new { email, password }, cancellationToken);

    public Task<GatewayResult<SignedIn>> AcceptInvitation(AcceptInvitationRequest request, CancellationToken cancellationToken) =>
        SignInBy("/api/v1/account/accept-invitation", request, cancellationToken);

    public async Task SignOut(string session, CancellationToken cancellationToken)
    {
        using var response = await Client.SendAsync(GatewaySession.Request(HttpMethod.Post, "/api/v1/account/sign-out", session), cancellationToken);
    }

    public async Task<GatewayResult<NoContent>> SetLanguage(string session, string language, CancellationToken cancellationToken)
    {
        using var response = await Client.SendAsync(
            GatewaySession.Request(HttpMethod.Put, "/api/v1/account/language", session, new { language }), cancellationToken);
        return await GatewaySession.Read<NoContent>(response, cancellationToken);
    }

    private async Task<GatewayResult<SignedIn>> SignInBy(string path, object body, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType(), options: GatewaySession.Json) };
        if (browser.Value is { } address && configuration[ForwardedClientAddress.KeySetting] is { Length: > 0 } key)
        {
            ForwardedClientAddress.Add(request.Headers, address, key, clock.GetUtcNow());
        }

        try
        {
            response = await Client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            return GatewayProblem.Unreachable(exception.Message);
        }

        using var _ = response;
        var answer = await GatewaySession.Read<AccountInfo>(response, cancellationToken);
        if (!answer.Succeeded)
        {
            return answer.Problem!;
        }

        return GatewaySession.SessionCookieOf(response) is { } session
            ? new GatewayResult<SignedIn>(new SignedIn(answer.Value!, session), null)
            : new GatewayProblem(System.Net.HttpStatusCode.BadGateway, "No session", "The Gateway signed in without a session cookie.",
                new Dictionary<string, string[]>());
    }
}
