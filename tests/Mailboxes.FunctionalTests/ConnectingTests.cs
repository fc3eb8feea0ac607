using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

[Collection(MailPlatformCollection.Name)]
public sealed class ConnectingTests(MailPlatform platform)
{
    [Fact]
    public async Task Wrong_credentials_are_refused_with_the_cause_named_and_nothing_stored()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var mailboxes = platform.MailboxesClient(tenant);

        var problem = await Refused(mailboxes, mailbox.ConnectRequest("ines", "ines@consultora.test", otherPassword: "not-the-password"));

        Assert.Equal("authentication", problem.GetProperty("cause").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _), problem.ToString());
        Assert.Contains(mailbox.UserName, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("not-the-password", problem.ToString());
        var listed = await mailboxes.GetFromJsonAsync<JsonElement>("/api/v1/mailboxes");
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_folder_and_a_closed_port_are_named()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var mailbox = new TestMailbox(platform.MailServer);
        var mailboxes = platform.MailboxesClient(tenant);

        var missingFolder = await Refused(mailboxes, mailbox.ConnectRequest("ines", "ines@consultora.test", folders: ["INBOX", "Archivo 2019"]));
        Assert.Equal("folder", missingFolder.GetProperty("cause").GetString());
        Assert.Contains("Archivo 2019", missingFolder.GetProperty("detail").GetString());

        var closedPort = await Refused(mailboxes, new { member = "ines", host = "127.0.0.1", port = 1, tls = "none", userName = mailbox.UserName, password = "x" });
        Assert.Equal("host", closedPort.GetProperty("cause").GetString());
    }

    [Fact]
    public async Task Settings_that_cannot_work_are_named_by_field_before_the_server_is_tried()
    {
        var response = await platform.MailboxesClient($"tenant-{Guid.NewGuid():N}").PostAsJsonAsync("/api/v1/mailboxes",
            new { member = "ines", host = "imap.example.org", port = 143, tls = "none", userName = "ines", password = "" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["address", "password", "tls"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Mailboxes_are_listed_in_pages_like_every_list_oldest_first()
    {
        var mailboxes = platform.MailboxesClient($"tenant-{Guid.NewGuid():N}");
        var first = await mailboxes.Connect(new TestMailbox(platform.MailServer).ConnectRequest("ines", "ines@consultora.test"));
        var second = await mailboxes.Connect(new TestMailbox(platform.MailServer).ConnectRequest("ines", "ines.cruz@consultora.test"));

        var pages = new[]
        {
            await mailboxes.GetFromJsonAsync<JsonElement>("/api/v1/mailboxes?page=1&pageSize=1"),
            await mailboxes.GetFromJsonAsync<JsonElement>("/api/v1/mailboxes?page=2&pageSize=1"),
        };
        Assert.Equal([first.Id, second.Id], pages.Select(p => p.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString()));
        Assert.All(pages, p => Assert.Equal(2, p.GetProperty("total").GetInt64()));
        Assert.Equal([1, 2], pages.Select(p => p.GetProperty("page").GetInt32()));
        Assert.All(pages, p => Assert.Equal(1, p.GetProperty("pageSize").GetInt32()));

        var refused = await mailboxes.GetAsync("/api/v1/mailboxes?page=0&pageSize=500");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("pageSize", out _), errors.ToString());
    }

    private static async Task<JsonElement> Refused(HttpClient mailboxes, object request)
    {
        var response = await mailboxes.PostAsJsonAsync("/api/v1/mailboxes", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
