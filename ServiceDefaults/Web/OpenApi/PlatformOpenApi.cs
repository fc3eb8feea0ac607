using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NetworkingPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// A service's own OpenAPI document (<c>/openapi/v1.json</c>): its resources as tags with descriptions, and its public
/// operations marked, so that the Gateway, which serves the document to integrators, can say they need no credentials.
/// </summary>
public static class PlatformOpenApi
{
    /// <summary>Set on operations anyone may call (<c>AllowAnonymous</c>): their own token or signature is the credential.</summary>
    public const string PublicExtension = "x-public";

    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services, IReadOnlyList<ApiTag> tags, string documentName = "v1") =>
        services.AddOpenApi(documentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Tags = new HashSet<OpenApiTag>(tags.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                    operation.Extensions[PublicExtension] = new JsonNodeExtension(JsonValue.Create(true));
                }

                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                foreach (var deprecated in metadata.OfType<DeprecatedParameters>())
                {
                    foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                    {
                        if (parameter.Name is { } name && deprecated.InsteadOf.TryGetValue(name, out var instead))
                        {
                            parameter.Deprecated = true;
                            parameter.Description = $"Deprecated: use {instead}. Still taken for one release.";
                        }
                    }
                }

                foreach (var defaults in metadata.OfType<PageDefaults>())
                {
                    foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                    {
                        if (parameter.Schema is OpenApiSchema schema && parameter.Name is "page" or "pageSize")
                        {
                            schema.Default = JsonValue.Create(parameter.Name == "page" ? 1 : defaults.PageSize);
                        }
                    }
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer(StringSchemas.Describe);
        });

    /// <summary>Marks query parameters as deprecated in the document, each with the parameter to use instead.</summary>
    public static TBuilder WithDeprecatedParameters<TBuilder>(this TBuilder builder, params (string Name, string Instead)[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DeprecatedParameters(parameters.ToDictionary(p => p.Name, p => p.Instead)));

    /// <summary>Documents the defaults of a list's paging query values: page 1 and the given page size.</summary>
    public static TBuilder WithPageDefaults<TBuilder>(this TBuilder builder, int pageSize)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PageDefaults(pageSize));
}
