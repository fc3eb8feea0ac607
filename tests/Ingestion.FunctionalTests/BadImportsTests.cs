using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Bad uploads and bad rows get a clear answer saying what and where; nothing is lost silently, nothing is a 500.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class BadImportsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int MaxUploadBytes = 200_000;
    private const string Luis = "https://www.linkedin.com/in/luis-perez-9f";
    private readonly ImportScenario scenario = new(infrastructure, new Dictionary<string, string> { ["Ingestion:Imports:MaxUploadBytes"] = $"{MaxUploadBytes}" });

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task A_corrupt_zip_is_refused_with_a_problem_saying_so()
    {
        var zip = ExportFiles.Zip(("messages.csv", "CONVERSATION ID,FROM\n"));
        var truncated = zip[..(zip.Length / 2)];

        var problem = await Refused(await scenario.Upload(truncated, "Basic_LinkedInDataExport_01-01-2026.zip", ExportFiles.Member), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("corrupt", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_that_is_neither_zip_nor_csv_is_unsupported()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var problem = await Refused(await scenario.Upload(png, "photo.png", ExportFiles.Member), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("photo.png", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archive_without_any_export_file_is_unprocessable_and_names_what_it_holds()
    {
        var problem = await Refused(await scenario.Upload(ExportFiles.Zip(("Ad_Targeting.csv", "a,b\n1,2\n")), "export.zip", ExportFiles.Member), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Ad_Targeting.csv", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_refused_with_413()
    {
        var huge = new byte[MaxUploadBytes + 1];
        huge.AsSpan().Fill((byte)'a');

        await Refused(await scenario.Upload(huge, "messages.csv", ExportFiles.Member), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_of_another_type_is_unsupported_and_a_missing_member_is_named()
    {
        using var html = new StringContent("<html></html>", Encoding.UTF8, "text/html");
        await Refused(await scenario.Client.PostAsync($"/api/v1/imports?member={ExportFiles.Member}", html), HttpStatusCode.UnsupportedMediaType);

        var response = await scenario.Client.PostAsync("/api/v1/imports", new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "messages.csv" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains("member", problem!.Errors.Keys);
    }

    [Fact]
    public async Task Rows_with_invalid_dates_unknown_members_or_oversized_text_are_reported_with_file_line_and_reason()
    {
        var messages = $"""
            CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT
            c-1,Luis Pérez,{Luis},Marta López,{ExportFiles.MemberUrl},ayer por la tarde,Hola
            c-2,Luis Pérez,https://example.org/luis,Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,Hola
            c-3,Luis Pérez,{Luis},Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,{new string('x', 20_001)}
            c-4,Luis Pérez,{Luis},Marta López,{ExportFiles.MemberUrl},2025-06-01 10:00:00 UTC,¿Todo bien?
            """;
        var connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Luis,Pérez,https://www.linkedin.com/in/luis-perez-9f,,Acme,CTO,2026-02-30
            """;

        var job = await scenario.Import(ExportFiles.Zip(("messages.csv", messages), ("Connections.csv", connections)), "export.zip", ExportFiles.Member);

        Assert.Equal((5L, 1L, 4L), (job.RowsRead, job.RowsImported, job.RowsSkipped));
        var report = await scenario.SkippedRows(job.Id);
        Assert.Collection(report,
            row => Assert.Equal(("Connections.csv", 2, true), (row.File, row.Line, row.Reason.Contains("Connected On", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 2, true), (row.File, row.Line, row.Reason.Contains("DATE 'ayer por la tarde'", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 3, true), (row.File, row.Line, row.Reason.Contains("Unknown sender", StringComparison.Ordinal))),
            row => Assert.Equal(("messages.csv", 4, true), (row.File, row.Line, row.Reason.Contains("longer than", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task A_file_missing_a_required_column_reports_every_row_and_a_binary_file_is_reported()
    {
        var messages = $"""
            CONVERSATION ID,FROM,TO,DATE,CONTENT
            c-1,Luis Pérez,Marta López,2025-06-01 10:00:00 UTC,Hola
            c-2,Luis Pérez,Marta López,2025-06-01 11:00:00 UTC,¿Hablamos?
            """;
        byte[] binary = [0x00, 0x01, 0xFF, 0xFE, 0x00, 0x42];

        var job = await scenario.Import(
            ExportFiles.Zip(("messages.csv", Encoding.UTF8.GetBytes(messages)), ("Skills.csv", binary)),
            "export.zip",
            ExportFiles.Member);

        var report = await scenario.SkippedRows(job.Id);
        Assert.Equal(2, report.Count(r => r.File == "messages.csv" && r.Reason.Contains("SENDER PROFILE URL", StringComparison.Ordinal) && r.Reason.Contains("RECIPIENT PROFILE URLS", StringComparison.Ordinal)));
        Assert.Contains(report, r => r.File == "Skills.csv" && r.Reason.Contains("header", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, job.RowsImported);
    }

    private static async Task<ProblemDetails> Refused(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }
}
