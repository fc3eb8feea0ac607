using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace NetworkingPlatform.Gateway.Docs;

public static class DocsEndpoints
{
    public const string GatewayDocument = "gateway";

    public static IHostApplicationBuilder AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(GatewayDocument, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Gateway — accounts, sessions, API keys, members, audit";
            document.Servers = [];
            return Task.CompletedTask;
        }));
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
        app.MapGet($"/openapi/{GatewayDocument}.json", async (HttpContext context, CancellationToken cancellationToken) =>
        {
            var provider = context.RequestServices.GetRequiredKeyedService<Microsoft.AspNetCore.OpenApi.IOpenApiDocumentProvider>(GatewayDocument);
            var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
            var json = JsonNode.Parse(await document.SerializeAsJsonAsync(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, cancellationToken))!;
            OpenApiSecurity.AddTo(json);
            return Results.Text(json.ToJsonString(), "application/json");
        }).AllowAnonymous().ExcludeFromDescription();

        foreach (var (service, _) in ServiceDocuments.Services)
        {
            app.MapGet($"/openapi/{service}.json", async (ServiceDocuments documents, CancellationToken cancellationToken) =>
                await documents.Get(service, cancellationToken) is { } document
                    ? Results.Text(document.ToJsonString(), "application/json")
                    : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable",
                        detail: $"The OpenAPI document of {service} could not be fetched; try again shortly."))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("NetworkingPlatform API");
            options.DisableDefaultFonts();
            options.AddDocument(GatewayDocument, "Gateway — accounts, API keys, members, audit", $"/openapi/{GatewayDocument}.json", isDefault: true);
            foreach (var (service, title) in ServiceDocuments.Services)
            {
                options.AddDocument(service, title, $"/openapi/{service}.json");
            }

            options.AddPreferredSecuritySchemes(OpenApiSecurity.ApiKeyScheme);
        }).AllowAnonymous();
        return app;
    }
}
