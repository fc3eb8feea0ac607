using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace NetworkingPlatform.TestServers.Contract;

/// <summary>
/// The committed OpenAPI documents as a judge of answers: an answer to a documented operation must have a documented
/// status, and a JSON body must validate against the schema documented for its status and media type. Requests to
/// paths no document describes (health checks, the documents themselves, the portal) are not judged.
/// </summary>
public sealed class OpenApiContract
{
    private const int ErrorsShown = 5;
    private readonly IReadOnlyList<DocumentedOperation> operations;
    private readonly IReadOnlyDictionary<string, JsonObject> componentSchemas;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new(StringComparer.Ordinal);

    private OpenApiContract(IReadOnlyList<DocumentedOperation> operations, IReadOnlyDictionary<string, JsonObject> componentSchemas)
    {
        this.operations = operations;
        this.componentSchemas = componentSchemas;
    }

    /// <summary>Every document committed under <c>contract/openapi</c>, read once.</summary>
    public static OpenApiContract Committed { get; } = Load(ContractDocuments.All());

    public static OpenApiContract Load(IEnumerable<string> files)
    {
        var operations = new List<DocumentedOperation>();
        var components = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            components[name] = document["components"]?["schemas"] as JsonObject ?? [];
            foreach (var (template, item) in document["paths"]?.AsObject() ?? [])
            {
                foreach (var (method, operation) in item!.AsObject())
                {
                    if (operation?["responses"] is JsonObject responses)
                    {
                        operations.Add(new DocumentedOperation(name, method, template, Split(template), responses));
                    }
                }
            }
        }

        return new OpenApiContract(operations, components);
    }

    /// <summary>What is wrong with an answer by the documents; empty when it is as documented or the path is not documented.</summary>
    public IReadOnlyList<string> Check(string method, string path, int status, string? mediaType, string? body)
    {
        var segments = Split(path);
        var operation = operations.Where(candidate => candidate.Matches(method, segments)).MaxBy(candidate => candidate.LiteralSegments);
        if (operation is null)
        {
            return [];
        }

        var where = $"{method} {operation.Template} ({operation.Document}.json)";
        if (operation.ResponseFor(status) is not { } response)
        {
            return [$"{where} answered {status}, which the document does not list (documented: {string.Join(", ", operation.Responses.Select(r => r.Key))})."];
        }

        if (mediaType is null || (body is not null && string.IsNullOrWhiteSpace(body)))
        {
            return [];
        }

        var content = response["content"] as JsonObject;
        if (content?[mediaType] is not JsonObject documented)
        {
            return [$"{where} answered {status} with {mediaType}, which the document does not describe for {status} "
                + $"(documented: {(content is null ? "no body" : string.Join(", ", content.Select(c => c.Key)))})."];
        }

        if (body is null || documented["schema"] is not JsonObject schema)
        {
            return [];
        }

        var evaluated = SchemaFor(operation, status, mediaType, schema).Evaluate(JsonDocument.Parse(body).RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List });
        return evaluated.IsValid
            ? []
            : [$"{where} answered {status} with a body that does not validate against its schema: "
                + string.Join("; ", Errors(evaluated).Take(ErrorsShown)) + $". Body: {Shortened(body)}"];
    }

    private JsonSchema SchemaFor(DocumentedOperation operation, int status, string mediaType, JsonObject schema) =>
        schemas.GetOrAdd($"{operation.Document} {operation.Method} {operation.Template} {status} {mediaType}", key =>
        {
            // The document's component schemas become the schema's own definitions, so its references resolve inside it.
            var standalone = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = componentSchemas[operation.Document].DeepClone(),
                ["allOf"] = new JsonArray(schema.DeepClone()),
            };
            var text = standalone.ToJsonString().Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);
            return JsonSchema.FromText(text, baseUri: new Uri($"https://contract.networkingplatform.test/{Uri.EscapeDataString(key)}"));
        });

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? [])
            .Prepend(results)
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} {error.Key}: {error.Value}"));

    private static string Shortened(string body) => body.Length <= 400 ? body : body[..400] + "…";

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
