using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>
/// What an outside probe got through (issue 17, uploads): a second file of a kind, files that unpack to too much
/// together, Windows-1252 text, impossible dates and handles that are not handles. Each is refused or reported.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class UploadHardeningTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int MaxUnpackedBytes = 4000;
    private const string Header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT";
    private const string Luis = "https://www.linkedin.com/in/luis-perez-9f";
    private readonly ImportScenario scenario = new(infrastructure, new Dictionary<string, string> { ["Ingestion:Imports:MaxUnpackedBytes"] = $"{MaxUnpackedBytes}" });

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task A_second_messages_file_in_another_folder_or_case_is_reported_not_imported()
    {
        var first = $"{Header}\nc-a,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Hablamos?";
        var second = $"{Header}\nc-b,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-02 10:00:00 UTC,¿Y mañana?";

        var job = await scenario.Import(ExportFiles.Zip(("a/messages.csv", first), ("b/MESSAGES.csv", second)), "export.zip", ExportFiles.Member);

        Assert.Equal((ImportStatus.Completed, 1L), (job.Status, job.RowsImported));
        Assert.Equal(["a/messages.csv"], job.Files.Select(f => f.Name));
        var notice = Assert.Single(job.Notices);
        Assert.Contains("'b/MESSAGES.csv' is a second messages.csv", notice, StringComparison.Ordinal);
        await scenario.Completed(job.Id);
        Assert.DoesNotContain(scenario.Published<MessageIngested>(), m => m.ConversationId == "c-b");
    }

    [Fact]
    public async Task Files_that_unpack_to_more_than_the_limit_together_are_refused_though_each_is_within_it()
    {
        var half = $"{Header}\n{string.Join('\n', Enumerable.Range(0, 20).Select(i => $"c-{i},Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,Hola {i}"))}";
        Assert.InRange(Encoding.UTF8.GetByteCount(half), MaxUnpackedBytes / 2 + 1, MaxUnpackedBytes);

        var response = await scenario.Upload(ExportFiles.Zip(("messages.csv", half), ("Invitations.csv", half)), "export.zip", ExportFiles.Member);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("unpack", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1252_messages_file_is_read_as_such_and_the_report_says_so()
    {
        var text = $"{Header}\nc-1252,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Podemos hablar mañana?";
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", windows1252)), "export.zip", ExportFiles.Member);

        Assert.Equal((ImportStatus.Completed, 1L), (job.Status, job.RowsImported));
        Assert.Contains(job.Notices, n => n.Contains("'messages.csv' is not valid UTF-8", StringComparison.Ordinal) && n.Contains("Windows-1252", StringComparison.Ordinal));
        await scenario.Completed(job.Id);
        Assert.Equal("¿Podemos hablar mañana?", Assert.Single(scenario.Published<MessageIngested>(), m => m.ConversationId == "c-1252").Body);
    }

    [Fact]
    public async Task Utf8_text_that_already_holds_the_replacement_character_is_reported()
    {
        var text = $"{Header}\nc-ok,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Todo bien?\nc-lost,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2025-06-01 11:00:00 UTC,\uFFFDPodemos hablar?";

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", text)), "export.zip", ExportFiles.Member);

        Assert.Equal(2L, job.RowsImported);
        var notice = Assert.Single(job.Notices);
        Assert.Contains("U+FFFD in 1 rows (the first on line 3)", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_dated_before_2003_or_after_tomorrow_and_people_whose_profile_name_is_markup_are_skipped_with_the_reason()
    {
        var future = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd HH:mm:ss 'UTC'");
        var messages = $"""
            {Header}
            c-old,Luis,{Luis},Marta,{ExportFiles.MemberUrl},2001-06-01 10:00:00 UTC,Hola
            c-future,Luis,{Luis},Marta,{ExportFiles.MemberUrl},{future},Hola
            c-html,Luis,https://www.linkedin.com/in/<b>luis</b>,Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,Hola
            c-fine,Luis,https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-1,Marta,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,Hola
            """;
        var invitations = $"""
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Ana Ruiz,Marta López,"1/1/01, 4:00 PM",¿Conectamos?,INCOMING,https://www.linkedin.com/in/ana-ruiz,{ExportFiles.MemberUrl}
            """;

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", messages), ("Invitations.csv", invitations)), "export.zip", ExportFiles.Member);

        Assert.Equal((1L, 4L), (job.RowsImported, job.RowsSkipped));
        var report = await scenario.SkippedRows(job.Id);
        Assert.Collection(report,
            row => Assert.Equal(("Invitations.csv", 2, true), (row.File, row.Line, row.Reason.Contains("before 2003", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 2, true), (row.File, row.Line, row.Reason.Contains("before 2003", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 3, true), (row.File, row.Line, row.Reason.Contains("in the future", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 4, true), (row.File, row.Line, row.Reason.Contains("Unknown sender", StringComparison.Ordinal))));
        await scenario.Completed(job.Id);
        Assert.Equal("josé-garcía-1", Assert.Single(scenario.Published<MessageIngested>()).From);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2002-12-31T23:59:59Z")]
    [InlineData("2099-01-01T00:00:00Z")]
    public async Task The_api_refuses_an_impossible_date_naming_the_field(string date)
    {
        var single = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message("ana", ["luis"], date));
        var batch = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages = new[] { Message("ana", ["luis"]), Message("ana", ["luis"], date) } });
        var invitation = await scenario.Client.PostAsJsonAsync("/api/v1/invitations", new { invitationId = $"i-{Guid.NewGuid():N}", from = "ana", to = "luis", sentAt = "2025-01-01T00:00:00Z", acceptedAt = date });

        Assert.Equal(["sentAt"], await Fields(single));
        Assert.Equal(["messages[1].sentAt"], await Fields(batch));
        Assert.Equal(["acceptedAt"], await Fields(invitation));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("ana garcia")]
    [InlineData("ana/../luis")]
    [InlineData("\"ana\"")]
    [InlineData("ana@")]
    [InlineData("-ana")]
    public async Task Every_way_in_refuses_a_handle_that_is_not_one_naming_the_field(string handle)
    {
        var single = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(handle, ["luis"]));
        var batch = await scenario.Client.PostAsJsonAsync("/api/v1/messages/batch", new { messages = new[] { Message("ana", ["luis", handle]) } });
        var invitation = await scenario.Client.PostAsJsonAsync("/api/v1/invitations", new { invitationId = $"i-{Guid.NewGuid():N}", from = "ana", to = handle, sentAt = "2025-01-01T00:00:00Z" });
        var profile = await scenario.Client.PutAsJsonAsync($"/api/v1/profiles/{Uri.EscapeDataString(handle)}", new { headline = "Data lead" });
        var import = await scenario.Upload(ExportFiles.Zip(("messages.csv", Header)), "export.zip", handle);

        Assert.Equal(["from"], await Fields(single));
        Assert.Equal(["messages[0].to[1]"], await Fields(batch));
        Assert.Equal(["to"], await Fields(invitation));
        Assert.Equal(["member"], await Fields(profile));
        Assert.Equal(["member"], await Fields(import));
    }

    [Theory]
    [InlineData("ana-garcia-4b2a1")]
    [InlineData("Ana.Garcia@Example.org")]
    [InlineData("crm_4711")]
    [InlineData("josé-garcía")]
    public async Task Profile_slugs_email_addresses_and_ids_are_handles(string handle)
    {
        var response = await scenario.Client.PostAsJsonAsync("/api/v1/messages", Message(handle, ["luis"]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static object Message(string from, string[] to, string sentAt = "2025-06-01T10:00:00Z") => new
    {
        conversationId = $"c-{Guid.NewGuid():N}",
        messageId = $"m-{Guid.NewGuid():N}",
        from,
        to,
        sentAt,
        body = "¿Hablamos?",
    };

    private static async Task<IEnumerable<string>> Fields(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Order();
    }
}
