using Microsoft.Playwright;
using MimeKit;
using NetworkingPlatform.TestServers;
using static Microsoft.Playwright.Assertions;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>
/// The demo member connects a mailbox of the machine's Dovecot in the portal: a wrong password is named as such, the
/// right one saves it and its first sync shows a progress bar, and the email waiting in it then waits on the member
/// beside a LinkedIn message, each marked with its channel.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class MailboxTests(PortalFixture portal)
{
    [Fact]
    public async Task A_member_connects_the_local_mailbox_and_sees_an_email_wait_beside_a_linkedin_wait()
    {
        var shots = new Screenshots(nameof(A_member_connects_the_local_mailbox_and_sees_an_email_wait_beside_a_linkedin_wait));
        var mailServer = LocalMailServer.Load();
        var userName = mailServer.NewUserName();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var linkedIn = $"linkedin-{marker}";
        await DemoAccount.PostLinkedInQuestion(portal, linkedIn);
        var question = new MimeMessage { Subject = $"Propuesta {marker}", Date = DateTimeOffset.UtcNow.AddHours(-2), MessageId = $"{marker}@cliente.test" };
        question.From.Add(MailboxAddress.Parse("lucia@cliente.test"));
        question.To.Add(MailboxAddress.Parse(userName));
        question.Body = new TextPart("plain") { Text = "Hola Germán, ¿pudiste revisar la propuesta que te envié?" };
        await mailServer.Append(userName, question);

        var page = await portal.NewPage("es-MX");
        // Records whether the first sync's progress bar was ever on screen, however briefly.
        await page.AddInitScriptAsync("""
            window.__progressSeen = false;
            new MutationObserver(() => { if (document.querySelector('[data-testid=mailbox-progress]')) window.__progressSeen = true; })
              .observe(document, { childList: true, subtree: true });
            """);
        try
        {
            await SignIn(page);
            await page.Open("/mailboxes");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Correo");

            await Fill(page, userName, "not the password");
            await page.GetByTestId("mailbox-connect").ClickAsync();
            await Expect(page.GetByTestId("mailbox-error")).ToHaveAttributeAsync("data-cause", "authentication", new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("mailbox-error")).ToContainTextAsync("El servidor rechazó el usuario o la contraseña.");
            await shots.Take(page, "wrong-password");

            await Fill(page, userName, mailServer.Password);
            await page.GetByTestId("mailbox-connect").ClickAsync();
            var mailbox = page.GetByTestId("mailbox");
            await Expect(mailbox).ToHaveCountAsync(1, new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("mailbox-error")).ToHaveCountAsync(0);
            await Expect(mailbox).ToHaveAttributeAsync("data-phase", "live", new() { Timeout = 120_000 });
            await Expect(page.GetByTestId("mailbox-live")).ToHaveAttributeAsync("data-taken", "1");
            Assert.True(await page.EvaluateAsync<bool>("window.__progressSeen"), "The first sync showed no progress bar.");
            await shots.Take(page, "connected");

            var email = page.Locator("[data-testid=inbox-item][data-channel=email]", new() { HasText = $"Propuesta {marker}" });
            var linkedInWait = page.Locator($"[data-testid=inbox-item][data-conversation='{linkedIn}']");
            await page.ReloadUntil("/waiting-on-you", async () => await email.CountAsync() == 1 && await linkedInWait.CountAsync() == 1);
            await Expect(email.GetByTestId("channel")).ToHaveTextAsync("Correo");
            await Expect(linkedInWait).ToHaveAttributeAsync("data-channel", "linkedin");
            await Expect(linkedInWait.GetByTestId("channel")).ToHaveTextAsync("LinkedIn");
            await shots.Take(page, "waits-side-by-side");
            Assert.Empty(portal.PolicyViolations);
        }
        catch
        {
            await shots.Take(page, "failure");
            throw;
        }
    }

    private async Task SignIn(IPage page)
    {
        await page.Open("/account/sign-in");
        // The circuit can still be settling the first field when the second is typed: filled again until both hold what was typed.
        await Eventually.Get(async () =>
        {
            await page.GetByTestId("email").FillAsync(PortalPages.DemoEmail);
            await page.GetByTestId("password").FillAsync(portal.DemoPassword);
            return await page.GetByTestId("email").InputValueAsync() == PortalPages.DemoEmail
                && await page.GetByTestId("password").InputValueAsync() == portal.DemoPassword ? new object() : null;
        }, TimeSpan.FromSeconds(30), "the sign-in form filled in");
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Germán Cruz", new() { Timeout = 60_000 });
    }

    /// <summary>The mailbox form as a member fills it for the local Dovecot (its TLS mode left on automatic: the server offers none).</summary>
    private static async Task Fill(IPage page, string userName, string password)
    {
        var server = LocalMailServer.Load();
        var fields = new (string TestId, string Value)[] { ("mailbox-host", server.Host), ("mailbox-port", server.Port.ToString()), ("mailbox-user", userName), ("mailbox-password", password) };
        await Eventually.Get(async () =>
        {
            foreach (var (testId, value) in fields)
            {
                await page.GetByTestId(testId).FillAsync(value);
            }

            foreach (var (testId, value) in fields)
            {
                if (await page.GetByTestId(testId).InputValueAsync() != value)
                {
                    return null;
                }
            }

            return new object();
        }, TimeSpan.FromSeconds(30), "the mailbox form filled in");
    }
}
