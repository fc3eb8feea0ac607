using k8s.Models;

namespace NetworkingPlatform.Deploy.Tests;

public sealed class AppHostParityTests(AppHostEnvironment appHost) : IClassFixture<AppHostEnvironment>
{
    private readonly IReadOnlyDictionary<string, V1Deployment> deployments = DeployDirectory.Load()
        .Select(manifest => manifest.Object)
        .OfType<V1Deployment>()
        .ToDictionary(deployment => deployment.Metadata.Name);

    [Fact]
    public void Every_project_of_the_AppHost_has_a_deployment_and_every_deployment_a_project()
    {
        Assert.NotEmpty(appHost.NamesByResource);
        Assert.Equal(appHost.NamesByResource.Keys.Order(StringComparer.Ordinal), deployments.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_deployment_sets_the_environment_names_the_AppHost_gives_its_project()
    {
        Assert.All(appHost.NamesByResource, resource =>
        {
            var (service, fromAppHost) = (resource.Key, resource.Value);
            Assert.True(deployments.TryGetValue(service, out var deployment), $"{service} has no Deployment");
            var expected = EnvironmentDifferences.ExpectedInCluster(service, fromAppHost);
            var set = deployment.Spec.Template.Spec.Containers
                .SelectMany(container => container.Env ?? [])
                .Select(variable => variable.Name)
                .ToHashSet(StringComparer.Ordinal);

            var missing = expected.Except(set).Order(StringComparer.Ordinal).ToList();
            var unexpected = set.Except(expected).Order(StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0 && unexpected.Count == 0,
                $"{service}: missing [{string.Join(", ", missing)}], not given by the AppHost [{string.Join(", ", unexpected)}]");
        });
    }

    [Fact]
    public void Every_local_only_name_is_still_one_the_AppHost_gives()
    {
        var given = appHost.NamesByResource.Values.SelectMany(names => names).ToHashSet(StringComparer.Ordinal);

        Assert.All(EnvironmentDifferences.LocalOnly.Keys, name => Assert.Contains(name, given));
    }
}
