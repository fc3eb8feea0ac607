using NetworkingPlatform.Gateway.Authentication;
using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Docs;

/// <summary>How a document's callers authenticate at the Gateway: an API key header, or the portal's session cookie.</summary>
public static class OpenApiSecurity
{
    public const string ApiKeyScheme = "apiKey";
    public const string SessionScheme = "session";

    public static void AddTo(JsonNode document)
    {
        var components = document["components"] as JsonObject ?? [];
        document["components"] = components;
        var schemes = components["securitySchemes"] as JsonObject ?? [];
        components["securitySchemes"] = schemes;
        schemes[ApiKeyScheme] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "header",
            ["name"] = ApiKeyAuthenticationHandler.HeaderName,
            ["description"] = "An API key of the tenant (np_<id>_<secret>), with scopes read (GET), write (other methods) and admin.",
        };
        schemes[SessionScheme] = new JsonObject
        {
            ["type"] = "apiKey",
            ["in"] = "cookie",
            ["name"] = SessionCookie.CookieName,
            ["description"] = "The portal's session, set by POST /api/v1/account/sign-in.",
        };
        document["security"] = new JsonArray(
            new JsonObject { [ApiKeyScheme] = new JsonArray() },
            new JsonObject { [SessionScheme] = new JsonArray() });
    }
}
