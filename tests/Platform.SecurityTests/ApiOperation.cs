using System.Text.Json.Nodes;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>One operation of one OpenAPI document served at the Gateway.</summary>
public sealed record ApiOperation(string Document, string Method, string Path, IReadOnlyList<ApiParameter> Parameters, IReadOnlyList<string> BodyContentTypes)
{
    /// <summary>The only operations anyone may call without credentials; each guards itself (password, token, signed link).</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>
    {
        "POST /api/v1/account/sign-up",
        "POST /api/v1/account/sign-in",
        "POST /api/v1/account/accept-invitation",
        "GET /api/v1/answers/{token}",
        "POST /api/v1/answers/{token}",
        "GET /api/v1/unsubscribe/{token}",
        "POST /api/v1/unsubscribe/{token}",
    };

    public bool Anonymous => Public.Contains(Key);

    public string Key => $"{Method} {Path}";

    public bool HasBody => BodyContentTypes.Count > 0;

    public bool TakesJson => BodyContentTypes.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> PathParameters => Parameters.Where(p => p.In == "path").Select(p => p.Name);

    public override string ToString() => $"{Key} ({Document})";

    public static IEnumerable<ApiOperation> From(string document, JsonNode openApi)
    {
        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var parameters = (op["parameters"] as JsonArray ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["required"]?.GetValue<bool>() ?? false,
                        p["schema"]?["type"]?.ToJsonString().Trim('"')))
                    .ToList();
                var body = (op["requestBody"]?["content"] as JsonObject)?.Select(c => c.Key).ToList() ?? [];
                yield return new ApiOperation(document, method.ToUpperInvariant(), path, parameters, body);
            }
        }
    }
}

public sealed record ApiParameter(string Name, string In, bool Required, string? Type);
