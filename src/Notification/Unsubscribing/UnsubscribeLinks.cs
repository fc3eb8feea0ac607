using NetworkingPlatform.Notification.Links;

namespace NetworkingPlatform.Notification.Unsubscribing;

/// <summary>The signed link every email carries in <c>List-Unsubscribe</c> (RFC 8058): it names the member and needs no sign-in.</summary>
public sealed class UnsubscribeLinks(IConfiguration configuration, IOptions<NotificationOptions> options)
{
    public const string Path = "api/v1/unsubscribe";
    private readonly SignedTokens tokens = SignedTokens.For(configuration, "email-unsubscribe-links");

    public Uri LinkFor(string tenantId, string member) => new(options.Value.PublicBaseUrl, $"{Path}/{tokens.Issue(new UnsubscribeGrant(tenantId, member))}");

    public UnsubscribeGrant? Read(string token) => tokens.Read<UnsubscribeGrant>(token);
}
