using Microsoft.AspNetCore.WebUtilities;
using NetworkingPlatform.Gateway.Limits;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Gateway.Docs;

/// <summary>
/// What holds for every operation because it is reached through the Gateway, written into each document it serves:
/// where the API is, how callers authenticate (none for the public operations), the errors the Gateway and the
/// framework answer for any operation (400, 401, 403, 413, 415, 429 as they apply, all problem details), and the
/// rate-limit headers on every answer.
/// </summary>
public static class ContractConventions
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "HttpValidationProblemDetails";
    private const string ProblemJson = "application/problem+json";

    private const string Conventions = """
        Conventions shared by every document of this API:

        - **Authentication**: an API key in `X-Api-Key` (integrations) or the portal's session cookie; operations marked
          with no security are public and guard themselves (a password, an invitation token, a signed link).
        - **Errors** are RFC 9457 problem details (`application/problem+json`); a 400 names each invalid field or parameter
          under `errors`.
        - **Lists** all page one way: `page` (from 1) and `pageSize` (from 1 to the list's maximum, default as the
          operation says), answered as `{"items":[…],"page":1,"pageSize":50,"total":123}` in the list's order; a page past
          the end has no items. Earlier paging parameters (`limit`, `offset`) are marked deprecated and still work for
          one release.
        - **Rate limits**: every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; over the
          limit, 429 with `Retry-After`.
        """;

    private static readonly Dictionary<string, string> ErrorDescriptions = new()
    {
        ["400"] = "The request is not valid: the problem details name each invalid field or parameter under errors.",
        ["401"] = "No valid credentials: send a valid, unrevoked API key in X-Api-Key, or sign in (cookie np_session).",
        ["403"] = "The key or account lacks the scope this operation needs, or a member acts for another member.",
        ["404"] = "Nothing with that id in the caller's tenant.",
        ["409"] = "The request conflicts with the current state of the resource.",
        ["410"] = "The link was used or withdrawn already.",
        ["413"] = "The request body is larger than allowed.",
        ["415"] = "The request body's content type is not accepted.",
        ["422"] = "The request is well-formed but cannot be processed.",
        ["429"] = "A rate limit was reached; Retry-After says in how many seconds to try again.",
    };

    public static void Apply(JsonNode document, ApiDocument about, string publicUrl)
    {
        var info = document["info"] as JsonObject ?? [];
        document["info"] = info;
        info["title"] = about.Title;
        info["description"] = about.Description + "\n\n" + Conventions;
        info["version"] = "1.0.0";
        info["license"] = new JsonObject { ["name"] = "Proprietary", ["identifier"] = "LicenseRef-NetworkingPlatform-Terms" };
        document["servers"] = new JsonArray(new JsonObject
        {
            ["url"] = "{gateway}",
            ["description"] = "The Gateway, the API's one public entry.",
            ["variables"] = new JsonObject
            {
                ["gateway"] = new JsonObject { ["default"] = publicUrl.TrimEnd('/'), ["description"] = "The Gateway's base URL." },
            },
        });
        OpenApiSecurity.AddTo(document);
        var components = (JsonObject)document["components"]!;
        AddHeaders(components);
        AddProblemSchemas(components);
        NarrowNumbers(document);
        foreach (var (_, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject op && method is not ("parameters" or "summary" or "description" or "servers"))
                {
                    Complete(op);
                }
            }
        }
    }

    private static void Complete(JsonObject operation)
    {
        var isPublic = operation.Remove(PlatformOpenApi.PublicExtension);
        if (isPublic)
        {
            operation["security"] = new JsonArray();
        }

        var parameters = operation["parameters"] as JsonArray ?? [];
        foreach (var parameter in parameters.OfType<JsonObject>())
        {
            if (parameter["schema"] is JsonObject { Count: 0 } schema)
            {
                schema["type"] = "string";
            }
        }

        var responses = operation["responses"] as JsonObject ?? [];
        operation["responses"] = responses;
        var body = operation["requestBody"]?["content"] as JsonObject;
        // Any parameter, in the path as in the query, can hold a value the service refuses (too long, a NUL, the wrong type).
        if (body is not null || parameters.Count > 0)
        {
            Ensure(responses, "400", ValidationProblemSchema);
        }

        if (body is not null)
        {
            Ensure(responses, "413", ProblemSchema);
            Ensure(responses, "415", ProblemSchema);
        }

        if (!isPublic)
        {
            Ensure(responses, "401", ProblemSchema);
            Ensure(responses, "403", ProblemSchema);
        }

        Ensure(responses, "429", ProblemSchema);
        foreach (var (status, response) in responses.ToList())
        {
            if (response is JsonObject answer)
            {
                Describe(status, answer);
            }
        }

        var ordered = responses.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value?.DeepClone())).ToList();
        responses.Clear();
        foreach (var (status, response) in ordered)
        {
            responses[status] = response;
        }
    }

    private static void Ensure(JsonObject responses, string status, string schema)
    {
        if (!responses.ContainsKey(status))
        {
            responses[status] = new JsonObject
            {
                ["description"] = ErrorDescriptions[status],
                ["content"] = new JsonObject { [ProblemJson] = new JsonObject { ["schema"] = Reference(schema) } },
            };
        }
    }

    private static void Describe(string status, JsonObject response)
    {
        var isError = status.StartsWith('4') || status.StartsWith('5');
        // ASP.NET Core describes a response by its status's reason phrase ("Bad Request"): say what it means here instead.
        var given = (string?)response["description"];
        if (isError && ErrorDescriptions.TryGetValue(status, out var description)
            && (string.IsNullOrEmpty(given) || given == ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture))))
        {
            response["description"] = description;
        }

        if (isError && response["content"] is null)
        {
            response["content"] = new JsonObject { [ProblemJson] = new JsonObject { ["schema"] = Reference(ProblemSchema) } };
        }

        var headers = response["headers"] as JsonObject ?? [];
        response["headers"] = headers;
        foreach (var header in (string[])[RateLimitHeaders.Limit, RateLimitHeaders.Remaining, RateLimitHeaders.Reset])
        {
            headers[header] = new JsonObject { ["$ref"] = $"#/components/headers/{header}" };
        }

        if (status == "429")
        {
            headers["Retry-After"] = new JsonObject { ["$ref"] = "#/components/headers/Retry-After" };
        }
    }

    private static JsonObject Reference(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    private static void AddHeaders(JsonObject components)
    {
        components["headers"] = new JsonObject
        {
            [RateLimitHeaders.Limit] = Header("Requests the caller may make in a minute (its token bucket's size)."),
            [RateLimitHeaders.Remaining] = Header("Requests the caller may still make now."),
            [RateLimitHeaders.Reset] = Header("Seconds until the caller's budget is whole again."),
            ["Retry-After"] = Header("Seconds to wait before trying again."),
        };
    }

    private static JsonObject Header(string description) => new()
    {
        ["description"] = description,
        ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
    };

    private static void AddProblemSchemas(JsonObject components)
    {
        var schemas = components["schemas"] as JsonObject ?? [];
        components["schemas"] = schemas;
        if (!schemas.ContainsKey(ProblemSchema))
        {
            schemas[ProblemSchema] = new JsonObject { ["type"] = "object", ["properties"] = ProblemProperties() };
        }

        if (!schemas.ContainsKey(ValidationProblemSchema))
        {
            var properties = ProblemProperties();
            properties["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            };
            schemas[ValidationProblemSchema] = new JsonObject { ["type"] = "object", ["properties"] = properties };
        }
    }

    private static JsonObject ProblemProperties() => new()
    {
        ["type"] = Nullable("string"),
        ["title"] = Nullable("string"),
        ["status"] = Nullable("integer"),
        ["detail"] = Nullable("string"),
        ["instance"] = Nullable("string"),
    };

    private static JsonObject Nullable(string type) => new() { ["type"] = new JsonArray("null", type) };

    /// <summary>
    /// ASP.NET Core writes numbers as "integer or a string of digits" (it reads both); the contract says number, which
    /// is what every answer holds and what generated clients should send.
    /// </summary>
    private static void NarrowNumbers(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonArray types && obj.ContainsKey("pattern")
                    && types.Any(t => (string?)t is "integer" or "number") && types.Any(t => (string?)t == "string"))
                {
                    var kept = types.Select(t => (string)t!).Where(t => t != "string").ToList();
                    obj["type"] = kept.Count == 1 ? JsonValue.Create(kept[0]) : new JsonArray([.. kept.Select(t => (JsonNode)JsonValue.Create(t)!)]);
                    obj.Remove("pattern");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        NarrowNumbers(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        NarrowNumbers(child);
                    }
                }

                break;
        }
    }
}
