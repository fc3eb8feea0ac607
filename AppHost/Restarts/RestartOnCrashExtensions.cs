using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NetworkingPlatform.AppHost.Restarts;

public static class RestartOnCrashExtensions
{
    /// <summary>The service's process is started again when it exits unless someone stopped it (<see cref="CrashedServiceRestarter"/>).</summary>
    public static IResourceBuilder<ProjectResource> WithRestartOnCrash(this IResourceBuilder<ProjectResource> service)
    {
        var builder = service.ApplicationBuilder;
        if (!builder.Services.Any(descriptor => descriptor.ServiceType == typeof(CrashedServiceRestarter)))
        {
            builder.Services.AddSingleton<CrashedServiceRestarter>();
            builder.Eventing.Subscribe<BeforeStartEvent>((start, _) =>
            {
                start.Services.GetRequiredService<CrashedServiceRestarter>().Begin();
                return Task.CompletedTask;
            });
        }

        return service.WithAnnotation(new RestartOnCrashAnnotation());
    }
}
