using Microsoft.Playwright;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

internal static class PortalPages
{
    /// <summary>The seeded demo account (seeds/), whose password the fixture chooses.</summary>
    public const string DemoEmail = "demo@conecta.example";

    /// <summary>Every page of a signed-in member but a conversation's, which needs one to show.</summary>
    public static readonly IReadOnlyList<string> MemberPages =
        ["/waiting-on-you", "/waiting-on-others", "/responsiveness", "/opportunities", "/import", "/mailboxes", "/notifications", "/settings", "/admin"];

    /// <summary>Signs in with the keyboard only, as the demo member, and waits until the portal greets them.</summary>
    public static async Task SignInAsDemo(this IPage page, string password)
    {
        await page.Open("/account/sign-in");
        await page.GetByTestId("email").FocusAsync();
        await page.Keyboard.TypeAsync(DemoEmail);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Germán Cruz", new() { Timeout = 60_000 });
    }

    /// <summary>Waits until the page has drawn what it loads: its title, and no progress bar left.</summary>
    public static async Task Settled(this IPage page)
    {
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    /// <summary>Opens a page and waits until its circuit is interactive.</summary>
    public static async Task Open(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>The services process asynchronously: opens the page again until what it shows is as expected.</summary>
    public static async Task ReloadUntil(this IPage page, string path, Func<Task<bool>> shown)
    {
        await Eventually.Get(async () =>
        {
            await page.Open(path);
            try
            {
                return await shown() ? new object() : null;
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                // Playwright's timeouts are System.TimeoutException: what was looked for is not on the page yet.
                return null;
            }
        }, TimeSpan.FromMinutes(2), what: $"{path} to show what was expected");
    }
}
