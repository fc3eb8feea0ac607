using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>The seeded demo account, signed in with the keyboard on a phone-sized screen, opens every page without a problem.</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoTenantPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task Every_page_works_for_the_demo_member_on_a_phone_and_with_the_keyboard()
    {
        var shots = new Screenshots(nameof(Every_page_works_for_the_demo_member_on_a_phone_and_with_the_keyboard));
        var page = await portal.NewPage("es-MX", phone: true);
        var conversation = $"demo-{Guid.NewGuid():N}";
        await DemoAccount.PostLinkedInQuestion(portal, conversation);

        try
        {
            await page.SignInAsDemo(portal.DemoPassword);

            foreach (var path in PortalPages.MemberPages)
            {
                await page.Open(path);
                await page.Settled();
                await shots.Take(page, path.Trim('/'));
                await Expect(page.Locator("[role=alert].mud-alert-text-error, [role=alert].mud-alert-filled-error")).ToHaveCountAsync(0);
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"),
                    $"{path} is wider than a phone's screen.");
            }

            // The message posted for the demo member waits on them; its conversation opens from the list with the keyboard.
            var item = page.Locator($"[data-testid=inbox-item][data-conversation='{conversation}']");
            await page.ReloadUntil("/waiting-on-you", async () => await item.CountAsync() == 1);
            await item.Locator("a[href^='/conversations/']").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync($"**/conversations/{conversation}");
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync(DemoAccount.LinkedInQuestion);
            await shots.Take(page, "conversation");
            Assert.Empty(portal.PolicyViolations);
        }
        catch
        {
            await shots.Take(page, "failure");
            throw;
        }
    }
}
