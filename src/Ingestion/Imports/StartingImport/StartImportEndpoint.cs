using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Imports.Running;
using NetworkingPlatform.Ingestion.Messages;
using UUIDNext;

namespace NetworkingPlatform.Ingestion.Imports.StartingImport;

/// <summary>
/// Takes a LinkedIn export (the ZIP as downloaded, or one of its CSV files) as multipart form field "file" or as the
/// raw body (application/zip, text/csv), checks what can be checked at once, and starts the import.
/// </summary>
public static class StartImportEndpoint
{
    public const string FileField = "file";

    private static readonly string[] RawContentTypes = ["application/zip", "application/x-zip-compressed", "application/octet-stream", "text/csv", "text/plain"];

    public static IEndpointRouteBuilder MapStartImport(this IEndpointRouteBuilder endpoints, long maxUploadBytes)
    {
        endpoints.MapPost("/api/v1/imports", Handle)
            .WithName("StartImport")
            .WithTags("Imports")
            .WithDescription("Send the export as multipart/form-data (field file) or as a raw application/zip or text/csv body. The archive is checked at once (CRC-32 of every file imported): damaged or empty archives are 422, other file types 415, too large 413. Follow the import at the Location answered.")
            .WithSummary("Starts importing a member's LinkedIn data export (ZIP or CSV); answers 202 with the import to follow.")
            .WithIdempotencyKey()
            .WithMetadata(new Requests.RequestBodyLimit(maxUploadBytes))
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data", RawContentTypes)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static async Task<Results<Accepted<ImportJob>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request,
        string? member,
        PlatformCaller caller,
        UploadStore uploads,
        ImportQueue queue,
        IDocumentStore store,
        TimeProvider time,
        IOptions<ImportOptions> options,
        CancellationToken cancellationToken)
    {
        var importer = caller.Member ?? member;
        if (string.IsNullOrWhiteSpace(importer))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["member"] = ["Whose export this is: the member's handle (their /in/<slug>) is required."] },
                title: "The import is not valid.");
        }

        if (!MemberHandle.IsValid(MemberHandle.Normalize(importer)))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["member"] = [$"Not a valid handle: expected {MemberHandle.Grammar}."] },
                title: "The import is not valid.");
        }

        var maxBytes = options.Value.MaxUploadBytes;
        if (request.ContentLength > maxBytes)
        {
            return Refused(new ExportUploadException(ExportUploadProblem.TooLarge, $"The upload is larger than {maxBytes:N0} bytes."));
        }

        var importId = Uuid.NewSequential().ToString("N");
        string path;
        UploadRead upload;
        try
        {
            upload = await ReadUpload(request, cancellationToken);
            if (upload.Problem is { } problem)
            {
                return problem;
            }

            path = await uploads.Save(importId, upload.Content!, maxBytes, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            // The multipart reader's own limits (body length, headers) surface this way.
            return Refused(new ExportUploadException(ExportUploadProblem.TooLarge, $"The upload is larger than allowed: {exception.Message}"));
        }
        catch (ExportUploadException exception)
        {
            return Refused(exception);
        }

        List<string> notices;
        try
        {
            using var export = ExportUpload.Open(path, upload.FileName, options.Value.MaxUnpackedBytes);
            export.Verify();
            notices = [.. export.Notices];
        }
        catch (ExportUploadException exception)
        {
            UploadStore.Discard(path);
            return Refused(exception);
        }

        var job = new ImportJob { Id = importId, Member = MemberHandle.Normalize(importer), FileName = upload.FileName, CreatedAt = time.GetUtcNow(), Notices = notices };
        await using (var session = store.LightweightSession(caller.TenantId))
        {
            session.Insert(job);
            await session.SaveChangesAsync(cancellationToken);
        }

        var work = new ImportWork(caller.TenantId, importId, path);
        await uploads.Register(work, cancellationToken);
        queue.Enqueue(work);
        return TypedResults.Accepted($"/api/v1/imports/{importId}", job);
    }

    private static ProblemHttpResult Refused(ExportUploadException exception) =>
        TypedResults.Problem(title: "The upload cannot be imported.", detail: exception.Message, statusCode: exception.Problem switch
        {
            ExportUploadProblem.Unsupported => StatusCodes.Status415UnsupportedMediaType,
            ExportUploadProblem.TooLarge => StatusCodes.Status413PayloadTooLarge,
            _ => StatusCodes.Status422UnprocessableEntity,
        });

    private static async Task<UploadRead> ReadUpload(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile(FileField) is not { } file)
            {
                // A problem result rather than a ValidationProblem, so the upload's refusals are one type; the same 400 answer.
                return UploadRead.Failed(TypedResults.Problem(new HttpValidationProblemDetails(
                    new Dictionary<string, string[]> { [FileField] = [$"The export goes in the form field '{FileField}'."] })
                {
                    Title = "The import is not valid.",
                    Status = StatusCodes.Status400BadRequest,
                }));
            }

            return new UploadRead(file.OpenReadStream(), Path.GetFileName(file.FileName), null);
        }

        var contentType = request.ContentType?.Split(';')[0].Trim();
        if (contentType is null || !RawContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            return UploadRead.Failed(TypedResults.Problem(
                title: "Unsupported upload.",
                detail: $"Send the export as multipart/form-data (field '{FileField}') or as a raw body of type application/zip or text/csv; got '{request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var name = request.Headers["X-File-Name"].ToString() is { Length: > 0 } given
            ? Path.GetFileName(given)
            : contentType.Contains("csv", StringComparison.OrdinalIgnoreCase) || contentType == "text/plain" ? "upload.csv" : "upload.zip";
        return new UploadRead(request.Body, name, null);
    }

    private sealed record UploadRead(Stream? Content, string FileName, ProblemHttpResult? Problem)
    {
        public static UploadRead Failed(ProblemHttpResult problem) => new(null, string.Empty, problem);
    }
}
