using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NetworkingPlatform.TestServers;
using static Microsoft.Playwright.Assertions;

namespace NetworkingPlatform.Portal.BrowserTests;

[Collection(PortalCollection.Name)]
public sealed class MemberJourneyTests(PortalFixture portal)
{
    [Fact]
    public async Task A_new_member_imports_their_export_answers_in_one_click_finds_a_match_and_hears_of_it_live_in_both_languages()
    {
        var manifest = DemoExport.Manifest();
        var shots = new Screenshots(nameof(A_new_member_imports_their_export_answers_in_one_click_finds_a_match_and_hears_of_it_live_in_both_languages));
        var page = await portal.NewPage("es-MX");
        // Records whether the import's progress bar was ever on screen, however briefly.
        await page.AddInitScriptAsync("""
            window.__progressSeen = false;
            new MutationObserver(() => { if (document.querySelector('[data-testid=import-progress]')) window.__progressSeen = true; })
              .observe(document, { childList: true, subtree: true });
            """);

        try
        {
            // Sign up: a new organisation whose admin is the member of the demo export.
            await page.Open("/account/sign-up");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Crear cuenta");
            var id = Guid.NewGuid().ToString("N")[..8];
            await page.GetByTestId("organisation").FillAsync($"Conecta {id}");
            await page.GetByTestId("display-name").FillAsync("Germán Cruz");
            await page.GetByTestId("email").FillAsync($"german-{id}@example.test");
            await page.GetByTestId("password").FillAsync($"Clave-{id}-segura");
            await page.GetByTestId("member-handle").FillAsync(manifest.Member);
            await shots.Take(page, "sign-up");
            await page.GetByTestId("sign-up").ClickAsync();
            await page.WaitForURLAsync("**/import");
            await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Germán Cruz");

            // Import the demo export: a progress bar while it runs, then the report the manifest predicts.
            // The file input's script attaches just after the circuit connects: choose again until the page has taken the file,
            // and on a loaded machine open the page afresh when a circuit has let several choices pass.
            var choices = 0;
            await Eventually.Get(async () =>
            {
                if (++choices % 4 == 0)
                {
                    await page.Open("/import");
                }

                await page.GetByTestId("import-file").SetInputFilesAsync(DemoExport.ZipPath);
                try
                {
                    await Expect(page.GetByTestId("import-start")).ToBeEnabledAsync(new() { Timeout = 5_000 });
                    return new object();
                }
                catch (PlaywrightException)
                {
                    return null;
                }
            }, TimeSpan.FromMinutes(3), what: "the export chosen");
            await page.GetByTestId("import-start").ClickAsync();
            await Expect(page.GetByTestId("import-outcome")).ToBeVisibleAsync(new() { Timeout = 180_000 });
            Assert.True(await page.EvaluateAsync<bool>("window.__progressSeen"), "The import showed no progress bar.");
            await Expect(page.GetByTestId("import-status")).ToHaveAttributeAsync("data-status", "completed");
            var messages = page.Locator("[data-testid=import-file-row][data-file$='messages.csv' i]");
            await Expect(messages).ToHaveAttributeAsync("data-imported", manifest.ImportableMessages.ToString());
            await Expect(messages).ToHaveAttributeAsync("data-skipped", manifest.MessagesNotImported.ToString());
            await shots.Take(page, "import-report");

            // Waiting on you: the pending invitations of the export, and every wait oldest first.
            await page.ReloadUntil("/waiting-on-you?kind=invitation", async () =>
                await page.GetByTestId("inbox-total").GetAttributeAsync("data-total", new() { Timeout = 10_000 })
                    == manifest.PendingIncomingInvitations.ToString());
            await Expect(page.GetByTestId("inbox-item")).ToHaveCountAsync(manifest.PendingIncomingInvitations);
            await page.Open("/waiting-on-you");
            await Expect(page.GetByTestId("inbox-item").First).ToBeVisibleAsync();
            var since = await page.GetByTestId("inbox-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.since)");
            Assert.Equal(since.Order(StringComparer.Ordinal), since);
            await shots.Take(page, "waiting-on-you");

            // "No, gracias" answers a conversation: it leaves the list, the declines count one more, and so does the
            // histogram of first replies.
            await page.Open("/responsiveness");
            var before = await FiguresOnPage(page);
            // Responsiveness counts the last 90 days and a conversation's first reply: answer the newest pending invitation
            // (the export's newest is inside the window, and nobody answered it before), not a wait older than the window or
            // one in a conversation the member answered already.
            await page.Open("/waiting-on-you?kind=invitation");
            var oldest = page.GetByTestId("inbox-item").Last;
            var conversation = await oldest.GetAttributeAsync("data-conversation");
            await oldest.GetByTestId("answer-decline").ClickAsync();
            await Expect(page.Locator($"[data-testid=inbox-item][data-conversation='{conversation}']")).ToHaveCountAsync(0);
            await page.ReloadUntil("/responsiveness", async () => await FiguresOnPage(page) == (before.Declined + 1, before.FirstReplies + 1));
            await Expect(page.GetByTestId("trend")).Not.ToHaveAttributeAsync("data-periods", "0");
            await Expect(page.GetByTestId("tenant-median")).Not.ToHaveAttributeAsync("data-members", "0");
            // The comparison table shows its medians in one unit: never "25,9 h" beside "2,5 días".
            var units = (await page.GetByTestId("median-duration").AllInnerTextsAsync())
                .Where(text => text.Trim() != "—").Select(text => text.Trim()[(text.Trim().LastIndexOf(' ') + 1)..]).Distinct().ToList();
            Assert.True(units.Count <= 1, $"The comparison table mixes units: {string.Join(", ", units)}.");
            await shots.Take(page, "responsiveness");

            // Someone in the organisation needs what the member offers; an API key made in admin posts it for them.
            await page.Open("/admin");
            await page.GetByText("Claves de API", new() { Exact = true }).ClickAsync();
            await page.GetByTestId("key-name").FillAsync("browser test");
            await page.GetByTestId("create-key").ClickAsync();
            var apiKey = (await page.GetByTestId("secret-value").TextContentAsync())!.Trim();
            await shots.Take(page, "api-key-shown-once");
            var need = await portal.GatewayClient(apiKey).PostAsJsonAsync("/api/v1/opportunities", new
            {
                owner = $"lucia-rios-{id}", side = "need", category = "service", mode = "buy",
                title = "Busco contador para mi pequeña empresa",
                description = "Necesitamos que alguien lleve la contabilidad, la nómina y las declaraciones del SAT cada mes.",
                tags = new[] { "contabilidad", "impuestos" }, remote = true, languages = new[] { "es" },
            });
            need.EnsureSuccessStatusCode();

            // The member offers it: the match shows with its explanation, and the bell hears of it live.
            await page.Open("/opportunities");
            var unreadBefore = int.Parse((await page.GetByTestId("bell").GetAttributeAsync("data-unread"))!);
            await page.GetByTestId("title").FillAsync("Contabilidad y declaraciones para pymes");
            await page.GetByTestId("description").FillAsync(
                "Llevo la contabilidad mensual de pequeñas empresas, la nómina y las declaraciones ante el SAT.");
            await page.GetByTestId("tags").FillAsync("contabilidad, impuestos, pymes");
            await page.GetByTestId("post").ClickAsync();
            var match = page.GetByTestId("match").Filter(new() { HasText = "Busco contador" });
            await Expect(match).ToBeVisibleAsync();
            await Expect(match.GetByTestId("match-explanation")).ToContainTextAsync("contabilidad");
            await shots.Take(page, "match-explained");
            await Expect(page.GetByTestId("bell")).Not.ToHaveAttributeAsync("data-unread", unreadBefore.ToString(), new() { Timeout = 60_000 });
            await shots.Take(page, "notification-live");

            // English and back.
            await page.Open("/waiting-on-you");
            await page.GetByRole(AriaRole.Button, new() { Name = "Idioma" }).ClickAsync();
            await page.GetByText("English", new() { Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Waiting on you");
            await shots.Take(page, "english");
            await page.GetByRole(AriaRole.Button, new() { Name = "Language" }).ClickAsync();
            await page.GetByText("Español", new() { Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Te están esperando");
            await shots.Take(page, "spanish-again");
            Assert.Empty(portal.PolicyViolations);
        }
        catch
        {
            // What the browser showed when a step failed is the most useful artifact of all.
            await shots.Take(page, "failure");
            throw;
        }
    }

    /// <summary>The declines counted on the responsiveness page, and the first replies its histogram holds.</summary>
    private static async Task<(int Declined, int FirstReplies)> FiguresOnPage(IPage page)
    {
        var received = page.GetByTestId("received");
        await Expect(received).ToBeVisibleAsync();
        var histogram = page.GetByTestId("histogram");
        return (int.Parse((await received.GetAttributeAsync("data-declined"))!), int.Parse((await histogram.GetAttributeAsync("data-count"))!));
    }
}
