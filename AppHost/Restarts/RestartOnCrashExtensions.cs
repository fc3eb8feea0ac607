using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace NetworkingPlatform.AppHost.Restarts;

public static class RestartOnCrashExtensions
{
    /// <summary>The service's process is started again when it exits unless someone stopped it (<see cref="CrashedServiceRestarter"/>).</summary>
    public static IResourceBuilder<ProjectResource> WithRestartOnCrash(this IResourceBuilder<ProjectResource> service)
    {
        service.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CrashedServiceRestarter>());
        return service.WithAnnotation(new RestartOnCrashAnnotation());
    }
}
