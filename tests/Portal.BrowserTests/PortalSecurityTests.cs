using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.TestServers;
using static Microsoft.Playwright.Assertions;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>
/// The portal's content policy holds in Chromium without breaking the portal (its headers: Platform.SecurityTests),
/// its sign-ins do not share one limit at the Gateway, and a request limit reads as one, not as a locked account.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PortalSecurityTests(PortalFixture portal)
{
    [Fact]
    public async Task The_browser_runs_only_the_portals_own_scripts_and_the_portal_still_works()
    {
        var page = await portal.NewPage("en-US", recordPolicyViolations: false);
        var refused = new List<string>();
        page.Console += (_, message) => refused.Add(message.Text);

        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        // A script put into the page, inline or from elsewhere, is refused; Blazor and MudBlazor go on working.
        await page.EvaluateAsync("""
            () => {
                const inline = document.createElement('script');
                inline.textContent = 'window.injected = true';
                document.head.appendChild(inline);
                const foreign = document.createElement('script');
                foreign.src = 'https://scripts.example.invalid/x.js';
                document.head.appendChild(foreign);
            }
            """);
        await page.GetByTestId("email").FillAsync($"nobody-{Guid.NewGuid():N}@example.org");
        await page.GetByTestId("password").FillAsync("a wrong password");
        await page.GetByTestId("sign-in").ClickAsync();

        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("The email or the password is not right.");
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
        var violations = refused.Where(text => text.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 2, string.Join("\n", refused));
        Assert.Contains(violations, text => text.Contains("inline script", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(violations, text => text.Contains("scripts.example.invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_works_while_the_portals_own_address_is_over_the_anonymous_limit() =>
        // Direct requests from this machine's address, which is the portal's too, keep the Gateway's anonymous limit
        // for that address used up while a visitor signs in through the portal.
        await WhileOverTheLimit([() => new HttpRequestMessage(HttpMethod.Get, "/openapi/gateway.json")], async () =>
        {
            var page = await SignInAsNobody();

            // The browser's own limit answers, through the portal: the credentials are wrong, not the address busy.
            await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync("The email or the password is not right.");
        });

    [Fact]
    public async Task A_request_limit_is_told_apart_from_a_locked_account() =>
        // Empty sign-ins (a 400 at once) signed as the portal signs them use up the limit of the browser's own address
        // (whichever loopback address it comes from) while it signs in: a request limit, which no account lockout is.
        await WhileOverTheLimit([.. new[] { IPAddress.Loopback, IPAddress.IPv6Loopback }.Select(address => (Func<HttpRequestMessage>)(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/sign-in") { Content = JsonContent.Create(new { }) };
            ForwardedClientAddress.Add(request.Headers, address, portal.ForwardingKey, DateTimeOffset.UtcNow);
            return request;
        }))], async () =>
        {
            var page = await SignInAsNobody();

            await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(new Regex(@"^Too many requests right now\. Try again in \d+ s\.$"));
        });

    private async Task<IPage> SignInAsNobody()
    {
        var page = await portal.NewPage("en-US");
        await page.Open("/account/sign-in");
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        // While the machine is busy the circuit can still be settling the first field when the second is typed, and the
        // keystrokes land in the first: the form is filled again until both fields hold what was typed.
        await Eventually.Get(async () =>
        {
            await page.GetByTestId("email").FillAsync(email);
            await page.GetByTestId("password").FillAsync("a wrong password");
            return await page.GetByTestId("email").InputValueAsync() == email
                && await page.GetByTestId("password").InputValueAsync() == "a wrong password" ? new object() : null;
        }, TimeSpan.FromSeconds(30), "the sign-in form filled in");
        await page.GetByTestId("sign-in").ClickAsync();
        return page;
    }

    /// <summary>
    /// Runs <paramref name="act"/> while each kind of request is sent to the Gateway over and over, once every kind is
    /// being refused: the anonymous limit each one counts against stays used up meanwhile.
    /// </summary>
    private async Task WhileOverTheLimit(IReadOnlyList<Func<HttpRequestMessage>> requests, Func<Task> act)
    {
        using var direct = new HttpClient { BaseAddress = portal.App.GetEndpoint("gateway", "http") };
        using var stop = new CancellationTokenSource();
        var refused = new int[requests.Count];
        var drains = Enumerable.Range(0, requests.Count).SelectMany(kind => Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var request = requests[kind]();
                using var answer = await direct.SendAsync(request, CancellationToken.None);
                if (answer.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref refused[kind]);
                }
            }
        }))).ToList();
        try
        {
            await Eventually.Get(() => Task.FromResult(Enumerable.Range(0, requests.Count).All(kind => Volatile.Read(ref refused[kind]) > 0) ? new object() : null),
                TimeSpan.FromMinutes(2), "every kind of request over its limit");
            await act();
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(drains);
        }
    }
}
