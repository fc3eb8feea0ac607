using System.Security.Cryptography;

namespace NetworkingPlatform.Portal.Security;

/// <summary>
/// What the portal's pages may run: Blazor's and MudBlazor's scripts from this origin and the import map Blazor writes
/// inline (by its per-request nonce), their styles (MudBlazor sets styles inline), and the circuit's connection to this
/// origin. Nothing from elsewhere, no plugins, no framing.
/// </summary>
public static class PortalContentSecurityPolicy
{
    private const string NonceItem = "np-csp-nonce";

    /// <summary>This request's nonce, the same for the header and for the page that names it.</summary>
    public static string NonceOf(HttpContext context)
    {
        if (context.Items[NonceItem] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
        }

        return nonce;
    }

    public static string For(HttpContext context) =>
        $"default-src 'self'; script-src 'self' 'nonce-{NonceOf(context)}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
