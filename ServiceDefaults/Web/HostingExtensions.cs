using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NetworkingPlatform.ServiceDefaults.Requests;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ServiceDefaults;

/// <summary>Host plumbing every service shares: telemetry, health, resilience, service discovery, problem details.</summary>
public static class HostingExtensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    private const string LiveTag = "live";

    /// <summary>The problem type of a 429: RFC 6585's definition, as other statuses carry RFC 9110's.</summary>
    public const string TooManyRequestsType = "https://tools.ietf.org/html/rfc6585#section-4";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigurePlatformTelemetry();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
            context.ProblemDetails.Type ??= context.ProblemDetails.Status == StatusCodes.Status429TooManyRequests ? TooManyRequestsType : null);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new NulFreeStringConverter()));
        // Requests the framework cannot read throw in every environment, so that BadRequestHandler names the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        return builder;
    }

    /// <summary>Error handling as problem details, authentication, authorization and the health endpoints.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Malformed input (BadHttpRequestException) is BadRequestHandler's; should one get here, its status is the answer, not a 500.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad
                ? bad.StatusCode
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.RefuseNulInQuery();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous();
        return app;
    }
}
