using System.Net;
using System.Text;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Each quirk of real LinkedIn exports, written by hand, is read the way LinkedIn meant it.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class LinkedInQuirksTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT";
    private const string Luis = "https://www.linkedin.com/in/luis-perez-9f";
    private readonly ImportScenario scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Multi_line_text_a_byte_order_mark_and_capitalised_profile_urls_are_read_as_meant()
    {
        var messages = $"""
            {MessagesHeader}
            c-1,,Luis Pérez,https://www.linkedin.com/in/Luis-Perez-9F/,Marta López,{ExportFiles.MemberUrl},2025-06-01 14:03:22 UTC,,"Hola Marta, ¿cómo estás?
            Te escribo por lo de ""datos"", ¿hablamos el martes?",INBOX,,No,No
            c-1,,Marta López,{ExportFiles.MemberUrl},Luis Pérez,{Luis},2025-06-02 09:00:00 UTC,,"No, gracias 🙏",ARCHIVE,,No,No
            """;

        var job = await scenario.Import(ExportFiles.Zip(("Messages.CSV", ExportFiles.WithBom(messages))), "Basic_LinkedInDataExport_06-05-2025.zip", ExportFiles.Member);

        Assert.Equal((2L, 2L, 0L), (job.RowsRead, job.RowsImported, job.RowsSkipped));
        await scenario.Completed(job.Id);
        var question = Assert.Single(scenario.Published<MessageIngested>(), m => m.From == "luis-perez-9f");
        Assert.Equal("Hola Marta, ¿cómo estás?\nTe escribo por lo de \"datos\", ¿hablamos el martes?", question.Body.ReplaceLineEndings("\n"));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 14, 3, 22, TimeSpan.Zero), question.SentAt);
        Assert.Equal([ExportFiles.Member], question.To);
        Assert.True(question.NeedsReply);
        var decline = Assert.Single(scenario.Published<MessageIngested>(), m => m.From == ExportFiles.Member);
        Assert.Equal(("decline", false), (decline.Kind, decline.NeedsReply));
    }

    [Fact]
    public async Task Drafts_spam_and_sponsored_messages_without_a_sender_are_reported_not_imported()
    {
        var messages = $"""
            {MessagesHeader}
            c-2,,Marta López,{ExportFiles.MemberUrl},Luis Pérez,{Luis},2025-06-01 10:00:00 UTC,,borrador sin enviar,,,Yes,No
            c-3,,Premium Ads,,Marta López,{ExportFiles.MemberUrl},2025-06-01 11:00:00 UTC,Oferta,Prueba Premium gratis,INBOX,,No,No
            c-4,,Spammer,https://www.linkedin.com/in/spammer,Marta López,{ExportFiles.MemberUrl},2025-06-01 12:00:00 UTC,,Gana dinero,SPAM,,No,No
            c-5,,Luis Pérez,{Luis},Marta López,{ExportFiles.MemberUrl},2025-06-01 13:00:00 UTC,,¿Tienes un minuto?,,,No,No
            """;

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", messages)), "Complete_LinkedInDataExport_06-05-2025.zip", ExportFiles.Member);

        Assert.Equal((4L, 1L, 3L), (job.RowsRead, job.RowsImported, job.RowsSkipped));
        var report = await scenario.SkippedRows(job.Id);
        Assert.Collection(report,
            row => Assert.Equal((2, true), (row.Line, row.Reason.Contains("draft", StringComparison.OrdinalIgnoreCase))),
            row => Assert.Equal((3, true), (row.Line, row.Reason.Contains("sponsored", StringComparison.OrdinalIgnoreCase))),
            row => Assert.Equal((4, true), (row.Line, row.Reason.Contains("SPAM", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Connections_after_their_notes_preamble_decide_which_invitations_are_still_pending()
    {
        var connections = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Luis,Pérez,https://www.linkedin.com/in/luis-perez-9f,,Acme,CTO,08 Feb 2026
            """;
        var invitations = $"""
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Luis Pérez,Marta López,"1/29/26, 2:37 PM",Hola Marta!,INCOMING,{Luis},{ExportFiles.MemberUrl}
            Ana Ruiz,Marta López,"2/3/26, 9:05{'\u202F'}AM",,INCOMING,https://www.linkedin.com/in/ana-ruiz,{ExportFiles.MemberUrl}
            Marta López,Pedro Gil,"12/24/25, 11:59 PM",,OUTGOING,{ExportFiles.MemberUrl},https://www.linkedin.com/in/pedro-gil
            """;

        // Names vary: spaces for underscores, any case, a folder inside the archive.
        var job = await scenario.Import(
            ExportFiles.Zip(("Basic_LinkedInDataExport/Invitations.csv", Encoding.UTF8.GetBytes(invitations)), ("CONNECTIONS.csv", ExportFiles.WithBom(connections))),
            "Basic_LinkedInDataExport_02-10-2026.zip",
            ExportFiles.Member);

        Assert.Equal((4L, 4L, 0L), (job.RowsRead, job.RowsImported, job.RowsSkipped));
        await scenario.Completed(job.Id);
        var published = scenario.Published<InvitationIngested>();
        var accepted = Assert.Single(published, i => i.From == "luis-perez-9f");
        Assert.Equal(new DateTimeOffset(2026, 1, 29, 14, 37, 0, TimeSpan.Zero), accepted.SentAt);
        Assert.Equal(new DateTimeOffset(2026, 2, 8, 0, 0, 0, TimeSpan.Zero), accepted.AcceptedAt);
        var pending = Assert.Single(published, i => i.From == "ana-ruiz");
        Assert.Equal((ExportFiles.Member, (DateTimeOffset?)null, new DateTimeOffset(2026, 2, 3, 9, 5, 0, TimeSpan.Zero)), (pending.To, pending.AcceptedAt, pending.SentAt));
        Assert.Contains(published, i => i.From == ExportFiles.Member && i.To == "pedro-gil" && i.AcceptedAt is null);
    }

    [Fact]
    public async Task An_older_export_without_the_newer_columns_imports()
    {
        var messages = $"""
            CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT
            old-1,Luis Pérez,{Luis},Marta López,{ExportFiles.MemberUrl},2019-03-04 08:15:00 UTC,Hola,Hi Marta! Would you be open to a coffee chat next week?
            """;

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", messages)), "Basic_LinkedInDataExport_03-10-2019.zip", ExportFiles.Member);

        Assert.Equal((1L, 1L), (job.RowsRead, job.RowsImported));
        await scenario.Completed(job.Id);
        var message = Assert.Single(scenario.Published<MessageIngested>());
        Assert.Equal(("meeting-proposal", "Hola"), (message.Kind, message.Subject));
    }

    [Fact]
    public async Task A_single_csv_file_can_be_uploaded_on_its_own_as_a_raw_body()
    {
        var invitations = $"""
            From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl
            Ana Ruiz,Marta López,"3/1/26, 4:00 PM",¿Conectamos?,INCOMING,https://www.linkedin.com/in/ana-ruiz,{ExportFiles.MemberUrl}
            """;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(invitations));
        content.Headers.ContentType = new("text/csv");
        content.Headers.Add("X-File-Name", "Invitations.csv");

        var response = await scenario.Client.PostAsync($"/api/v1/imports?member={ExportFiles.Member}", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<ImportJob>(response.Content);
        Assert.Equal($"/api/v1/imports/{started!.Id}", response.Headers.Location?.OriginalString);
        var job = await scenario.Finished(started.Id);
        Assert.Equal((ImportStatus.Completed, 1L), (job.Status, job.RowsImported));
        await scenario.Completed(job.Id);
        Assert.Single(scenario.Published<InvitationIngested>(), i => i.AcceptedAt is null && i.To == ExportFiles.Member);
    }
}
