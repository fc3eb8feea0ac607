using Microsoft.OpenApi;
using NetworkingPlatform.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace NetworkingPlatform.Gateway.Docs;

public static class DocsEndpoints
{
    public const string GatewayDocument = "gateway";

    public static readonly ApiDocument Gateway = new(GatewayDocument, "Gateway — accounts, sessions, API keys, members, audit",
        "The one public entry: signing up an organisation, signing in and out, the signed-in account, and the tenant's "
        + "administration (members, invitations, API keys, the audit log). Every other document's operations are reached "
        + "through it too.");

    public static IHostApplicationBuilder AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPlatformOpenApi(
            [
                new ApiTag("Sign-up and sign-in", "Public: creating an organisation, signing in, joining by invitation."),
                new ApiTag("Account", "The signed-in account (a session only): who it is, its language and password, signing out."),
                new ApiTag("Members", "The tenant's members and their removal (admin)."),
                new ApiTag("Invitations", "Inviting people to join the tenant (admin)."),
                new ApiTag("API keys", "The tenant's API keys: created with scopes, listed without secrets, revoked at once (admin)."),
                new ApiTag("Audit", "Who changed what in the tenant, newest first (admin)."),
            ],
            GatewayDocument);
        builder.Services.AddHttpClient(ServiceDocuments.ClientName);
        builder.Services.AddSingleton<ServiceDocuments>();
        return builder;
    }

    /// <summary>
    /// <c>/openapi/gateway.json</c> (the Gateway's own endpoints), <c>/openapi/&lt;service&gt;.json</c> for each service,
    /// and Scalar at <c>/docs</c> with all of them.
    /// </summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapGet($"/openapi/{GatewayDocument}.json", async (HttpContext context, ServiceDocuments documents, CancellationToken cancellationToken) =>
        {
            var provider = context.RequestServices.GetRequiredKeyedService<Microsoft.AspNetCore.OpenApi.IOpenApiDocumentProvider>(GatewayDocument);
            var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
            var json = JsonNode.Parse(await document.SerializeAsJsonAsync(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, cancellationToken))!;
            ContractConventions.Apply(json, Gateway, documents.PublicUrl);
            return TypedResults.Text(json.ToJsonString(), "application/json");
        }).AllowAnonymous().ExcludeFromDescription();

        foreach (var service in ServiceDocuments.Services)
        {
            app.MapGet($"/openapi/{service.Name}.json", async Task<Results<ContentHttpResult, ProblemHttpResult>> (ServiceDocuments documents, CancellationToken cancellationToken) =>
                await documents.Get(service, cancellationToken) is { } document
                    ? TypedResults.Text(document.ToJsonString(), "application/json")
                    : TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable",
                        detail: $"The OpenAPI document of {service.Name} could not be fetched; try again shortly."))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("NetworkingPlatform API");
            options.DisableDefaultFonts();
            options.AddDocument(GatewayDocument, Gateway.Title, $"/openapi/{GatewayDocument}.json", isDefault: true);
            foreach (var service in ServiceDocuments.Services)
            {
                options.AddDocument(service.Name, service.Title, $"/openapi/{service.Name}.json");
            }

            options.AddPreferredSecuritySchemes(OpenApiSecurity.ApiKeyScheme);
        }).AllowAnonymous();
        return app;
    }
}
