using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.ServiceDefaults.Requests;

/// <summary>
/// A request the framework could not read (malformed or mistyped JSON, a query value of the wrong type, a missing
/// parameter, a body too large) is the client's fault, not the service's: answered with problem details naming the
/// field, logged at Information without a stack trace, so errors in the logs are the service's own failures.
/// </summary>
public sealed partial class BadRequestHandler(IProblemDetailsService problems, ILogger<BadRequestHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (field, message) = Describe(bad);
        logger.LogInformation("Refused {Method} {Path} with {Status}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, bad.StatusCode,
            field is null ? message : $"{field}: {message}");
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "The request is not valid." : null,
            Detail = field is null ? message : $"'{field}': {message}",
        };
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The field at fault, if one is, and what is wrong with it, in the client's terms.</summary>
    private static (string? Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = json.Path is null or "$" ? "body" : json.Path.TrimStart('$').TrimStart('.');
            var message = json.Message.Split(" Path: ", 2)[0].Split(" LineNumber: ", 2)[0].Trim();
            return (field, message);
        }

        var parameter = ParameterName().Match(bad.Message);
        if (!parameter.Success)
        {
            return (null, bad.Message);
        }

        // A query value bound through [AsParameters] (a list's PageQuery) is named by its property, "int? Page": the client
        // sent the camelCase query name, which every other parameter already has.
        var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value);
        if (bad.Message.StartsWith("Failed to bind", StringComparison.Ordinal))
        {
            return (name, $"'{parameter.Groups["value"].Value}' is not a valid {parameter.Groups["type"].Value.TrimEnd('?')}.");
        }

        return bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? ("body", "A JSON body is required.") : (name, "A value is required.");
    }

    // The framework's messages name the parameter as "Type name": 'Failed to bind parameter "DateTimeOffset? asOf" from "yesterday".',
    // 'Required parameter "string member" was not provided from query string.'
    [GeneratedRegex("""parameter "(?<type>[^"]+) (?<name>[^" ]+)"(?: from "(?<value>.*)")?""", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
