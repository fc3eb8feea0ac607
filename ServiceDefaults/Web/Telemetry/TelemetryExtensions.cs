using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    public const string TracesPerSecondSetting = "Telemetry:TracesPerSecond";
    /// <summary>
    /// Whole traces through every service now (about 20 spans each): at 20 a second the dashboard took 12 % of the
    /// platform's CPU under the platform benchmark, storing each span in SQLite.
    /// </summary>
    private const double DefaultTracesPerSecond = 5;

    public static IHostApplicationBuilder ConfigurePlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new PlatformSampler(builder.Configuration.GetValue(TracesPerSecondSetting, DefaultTracesPerSecond))))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(PlatformTelemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                        && !context.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
