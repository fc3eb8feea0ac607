using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace NetworkingPlatform.AppHost;

/// <summary>
/// How often the platform's processes send their metrics to the dashboard. Aspire asks for every second, for a lively
/// development dashboard; measured under load, taking in seven processes' metrics each second was most of the
/// dashboard's CPU and a share of each service's own. Five seconds keeps the charts live.
/// </summary>
public static class TelemetryExport
{
    public const string MetricExportIntervalSetting = "Telemetry:MetricExportIntervalMilliseconds";

    public static IResourceBuilder<T> WithMetricExportInterval<T>(this IResourceBuilder<T> resource)
        where T : IResourceWithEnvironment
    {
        var interval = resource.ApplicationBuilder.Configuration.GetValue(MetricExportIntervalSetting, 5_000);
        return resource.WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", interval.ToString(CultureInfo.InvariantCulture));
    }
}
