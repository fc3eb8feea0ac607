using Microsoft.Playwright;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>Full-page screenshots kept as the run's artifacts, in artifacts/browser-tests/&lt;run&gt;/&lt;test&gt;/ of the repository.</summary>
public sealed class Screenshots(string test)
{
    private static readonly string Run = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
    private readonly string folder = Path.Combine(
        Environment.GetEnvironmentVariable("NP_BROWSER_ARTIFACTS") ?? Path.Combine(RepositoryPaths.Root(), "artifacts", "browser-tests"), Run, test);
    private int count;

    public async Task Take(IPage page, string step)
    {
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{++count:00}-{step}.png"), FullPage = true });
    }
}
