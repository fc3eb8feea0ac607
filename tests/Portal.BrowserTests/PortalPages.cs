using Microsoft.Playwright;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

internal static class PortalPages
{
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
