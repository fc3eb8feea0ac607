using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.ServiceDefaults.Messaging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkingPlatform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The activity sources and meters of the libraries the services are built on.</summary>
    private static readonly string[] LibrarySources = ["MassTransit", "Marten", "Npgsql"];

    public const string TracesPerSecondSetting = "Telemetry:TracesPerSecond";
    private const double DefaultTracesPerSecond = 20;

    public static IHostApplicationBuilder ConfigurePlatformTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Marten logs its DDL and Npgsql every command at Information: too loud to be useful.
        builder.Logging.AddFilter("Npgsql", LogLevel.Warning);
        builder.Logging.AddFilter("Marten", LogLevel.Warning);

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(LibrarySources)
                .AddMeter(ForwardingSubscription.MeterName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new PlatformSampler(builder.Configuration.GetValue(TracesPerSecondSetting, DefaultTracesPerSecond))))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(PlatformTelemetry.ActivitySourceName)
                .AddSource(LibrarySources)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                        && !context.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
