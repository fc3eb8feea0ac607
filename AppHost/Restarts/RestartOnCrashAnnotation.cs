using Aspire.Hosting.ApplicationModel;

namespace NetworkingPlatform.AppHost.Restarts;

/// <summary>Marks a resource whose process is started again when it exits without being asked to (<see cref="CrashedServiceRestarter"/>).</summary>
public sealed class RestartOnCrashAnnotation : IResourceAnnotation;
