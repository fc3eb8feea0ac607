using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>
/// axe-core finds no critical or serious violation on any page of the portal, in Spanish and in English, on a desktop
/// and on a phone-sized screen: the pages anyone reaches, then every page of the signed-in demo member.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    private static readonly string[] Failing = ["critical", "serious"];
    private static readonly string[] PublicPages = ["/account/sign-in", "/account/sign-up"];

    // Every rule still runs on every node; only the nodes of violations are written out in full. The passes of a long
    // page, serialized with their HTML, were most of a check's time.
    private static readonly AxeRunOptions ViolationsInFull = new() { ResultTypes = [ResultType.Violations] };

    [Theory]
    [InlineData("es-MX", false)]
    [InlineData("es-MX", true)]
    [InlineData("en-US", false)]
    [InlineData("en-US", true)]
    public async Task No_page_has_a_critical_or_serious_violation(string locale, bool phone)
    {
        var conversation = await AConversationOfTheDemoMember();
        var page = await portal.NewPage(locale, phone);
        var violations = new List<string>();

        foreach (var path in PublicPages)
        {
            await page.Open(path);
            violations.AddRange(await Violations(page, path));
        }

        await page.SignInAsDemo(portal.DemoPassword);
        foreach (var path in PortalPages.MemberPages.Append($"/conversations/{conversation}"))
        {
            await page.Open(path);
            await page.Settled();
            violations.AddRange(await Violations(page, path));
        }

        Assert.True(violations.Count == 0, $"axe, {locale}, {(phone ? "phone" : "desktop")}:\n{string.Join('\n', violations)}");
    }

    private static async Task<IEnumerable<string>> Violations(IPage page, string path)
    {
        var result = await page.RunAxe(ViolationsInFull);
        return result.Violations
            .Where(violation => Failing.Contains(violation.Impact))
            .Select(violation => $"{path}: {violation.Impact} {violation.Id} ({violation.Help}) at "
                + string.Join(" | ", violation.Nodes.Take(3).Select(node => node.Html)));
    }

    private async Task<string> AConversationOfTheDemoMember()
    {
        var conversation = $"a11y-{Guid.NewGuid():N}";
        var posted = await portal.GatewayClient(portal.DemoApiKey).PostAsJsonAsync("/api/v1/messages", new
        {
            conversationId = conversation, messageId = $"{conversation}-1", from = "ana-garcia", to = new[] { "german-cruz-29c83" },
            sentAt = DateTimeOffset.UtcNow.AddHours(-3), body = "Hola Germán, ¿podemos hablar el jueves?", channel = "linkedin",
        });
        posted.EnsureSuccessStatusCode();
        return conversation;
    }
}
