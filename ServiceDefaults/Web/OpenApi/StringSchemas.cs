using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NetworkingPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Every service reads and writes strings through <see cref="Requests.NulFreeStringConverter"/>, and ASP.NET Core
/// describes a type behind a custom converter as anything (<c>{}</c>): the documents said nothing of a string, and a
/// list of strings lost its items. A generated client then typed every string as an untyped node. This puts back what
/// the framework writes for a string without the converter, nullable where the property is annotated so.
/// </summary>
internal static class StringSchemas
{
    public static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (type.Type == typeof(string) && schema.Type is null)
        {
            var nullable = context.JsonPropertyInfo is { } property && (property.IsGetNullable || property.IsSetNullable);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && type.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }
}
