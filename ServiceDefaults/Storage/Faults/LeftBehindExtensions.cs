using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

public static class LeftBehindExtensions
{
    /// <summary>Reports what faults leave behind in the service's store; each service adds counts of its own.</summary>
    public static IHostApplicationBuilder AddLeftBehindMonitor(this IHostApplicationBuilder builder, string schemaName)
    {
        builder.Services.Configure<LeftBehindOptions>(builder.Configuration.GetSection(LeftBehindOptions.Section));
        builder.Services.AddSingleton<ILeftBehindCount>(services => new DeadLetterEventsCount(services.GetRequiredService<NpgsqlDataSource>(), schemaName));
        builder.Services.AddSingleton<ILeftBehindCount>(services => new StalledSubscriptionsCount(
            services.GetRequiredService<NpgsqlDataSource>(), schemaName, services.GetRequiredService<IOptions<LeftBehindOptions>>().Value.SubscriptionStalledAfter));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LeftBehindMonitor>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoppedShardRestarter>());
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(LeftBehindMonitor.MeterName));
        return builder;
    }
}
