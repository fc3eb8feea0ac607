namespace NetworkingPlatform.Portal.Gateway;

/// <summary>
/// The address of the browser this circuit (or request) serves, taken from the request that loaded the page: the
/// Gateway limits anonymous requests per browser only if the portal tells it which browser sent them.
/// </summary>
public sealed class BrowserAddress
{
    public IPAddress? Value { get; set; }
}
