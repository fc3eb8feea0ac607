using System.Net;
using System.Text.RegularExpressions;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>The portal's answers carry the security headers, with a content policy that lets only its own scripts run.</summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class PortalHeadersTests(SecuredPlatform platform)
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/")]
    [InlineData("/no-such-page")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task Every_portal_answer_carries_the_security_headers(string path)
    {
        using var response = await platform.Portal().GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.NotFound, $"{path} → {response.StatusCode}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var policy = Header(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(directive => directive.Split(' ')[0], directive => directive);
        Assert.Equal("default-src 'self'", policy["default-src"]);
        Assert.Matches("^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'$", policy["script-src"]);
        Assert.Equal("frame-ancestors 'none'", policy["frame-ancestors"]);
        Assert.Equal("object-src 'none'", policy["object-src"]);
        Assert.Equal("connect-src 'self'", policy["connect-src"]);
    }

    [Fact]
    public async Task Each_page_gets_a_nonce_of_its_own_which_its_import_map_carries()
    {
        using var first = await platform.Portal().GetAsync("/account/sign-in");
        using var second = await platform.Portal().GetAsync("/account/sign-in");

        var nonce = Nonce(first);
        Assert.NotEqual(nonce, Nonce(second));
        // As the browser reads the page: the renderer writes the nonce's '+' and '=' as character references.
        Assert.Matches($"<script(?=[^>]*type=\"importmap\")(?=[^>]*nonce=\"{Regex.Escape(nonce)}\")", WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()));
    }

    private static string Nonce(HttpResponseMessage response) =>
        Regex.Match(Header(response, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header.");
}
