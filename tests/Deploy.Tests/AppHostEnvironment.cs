using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Deploy.Tests;

/// <summary>
/// The project resources the AppHost declares and the names of the environment variables it gives each, as a publish
/// (not a run) would write them. The AppHost's model is built, never started: no process, server or port is touched,
/// so the connection strings and secrets it reads are placeholders.
/// </summary>
public sealed class AppHostEnvironment : IAsyncLifetime
{
    private const string Unused = "unused-offline";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public IReadOnlyDictionary<string, IReadOnlySet<string>> NamesByResource { get; private set; } = new Dictionary<string, IReadOnlySet<string>>();

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var settings = AppHostSettings.For($"Host={Unused}.invalid;Database={Unused}", $"amqp://{Unused}.invalid/", Unused, Unused, Unused);
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, host) => host.Configuration!.AddInMemoryCollection(settings),
            timeout.Token);

        var publish = new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish);
        var names = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            var configuration = await ExecutionConfigurationBuilder.Create(project)
                .WithEnvironmentVariablesConfig()
                .BuildAsync(publish, NullLogger.Instance, timeout.Token);
            if (configuration.Exception is { } exception)
            {
                throw new InvalidOperationException($"The AppHost's environment of {project.Name} could not be read.", exception);
            }

            names[project.Name] = configuration.EnvironmentVariables.Select(variable => variable.Key).ToHashSet(StringComparer.Ordinal);
        }

        NamesByResource = names;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
