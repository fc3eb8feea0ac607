using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ImportingThroughTheGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_uploaded_linkedin_export_becomes_conversations_that_await_the_member()
    {
        var client = platform.GatewayClient(platform.DemoApiKey);
        var conversation = $"2-e2e{Guid.NewGuid():N}==";
        var messages = $"""
            CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT
            {conversation},,Luis Pérez,https://www.linkedin.com/in/luis-perez-e2e,Sofía Reyes,https://www.linkedin.com/in/sofia-reyes-e2e,2026-10-01 15:00:00 UTC,,"Hola Sofía, ¿agendamos una llamada
            la semana que viene?",INBOX,,No,No
            {conversation},,Sofía Reyes,https://www.linkedin.com/in/sofia-reyes-e2e,Luis Pérez,https://www.linkedin.com/in/luis-perez-e2e,2026-10-01 16:00:00 UTC,,borrador,,,Yes,No
            """;
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Zip(("messages.csv", messages)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        upload.Add(file, "file", "Basic_LinkedInDataExport_10-02-2026.zip");

        var started = await client.PostAsync("/api/v1/imports?member=sofia-reyes-e2e", upload);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = await Eventually.Get(async () =>
        {
            var current = await client.GetFromJsonAsync<Job>(started.Headers.Location!.OriginalString);
            return current!.Status == "completed" ? current : null;
        }, what: "the import to complete");
        Assert.Equal((2L, 1L, 1L), (job.RowsRead, job.RowsImported, job.RowsSkipped));
        var status = await Eventually.Get(async () =>
        {
            var response = await client.GetAsync($"/api/v1/conversations/{Uri.EscapeDataString(conversation)}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<Conversation>() : null;
        }, what: "the imported conversation tracked");
        Assert.Equal("sofia-reyes-e2e", status.AwaitingReplyFrom.Single().Member);
    }

    private static byte[] Zip(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }

    private sealed record Job(string Status, long RowsRead, long RowsImported, long RowsSkipped);

    private sealed record Conversation(IReadOnlyList<Awaited> AwaitingReplyFrom);

    private sealed record Awaited(string Member);
}
