using k8s.Models;
using NetworkingPlatform.ServiceDefaults;

namespace NetworkingPlatform.Deploy.Tests;

public sealed class DeploymentTests
{
    private static readonly string[] ResourceNames = ["cpu", "memory"];
    private readonly IReadOnlyList<Manifest> manifests = DeployDirectory.Load();

    private IEnumerable<V1Deployment> Deployments => manifests.Select(manifest => manifest.Object).OfType<V1Deployment>();

    private IEnumerable<(V1Deployment Deployment, V1Container Container)> Containers =>
        Deployments.SelectMany(deployment => deployment.Spec.Template.Spec.Containers.Select(container => (deployment, container)));

    [Fact]
    public void Every_container_is_live_while_it_answers_alive_and_ready_while_it_answers_health()
    {
        Assert.NotEmpty(Containers);
        Assert.All(Containers, item =>
        {
            var (deployment, container) = item;
            var ports = container.Ports?.Select(port => port.Name).ToHashSet() ?? [];
            AssertProbe(deployment, "liveness", container.LivenessProbe, HostingExtensions.AlivenessEndpointPath, ports);
            AssertProbe(deployment, "readiness", container.ReadinessProbe, HostingExtensions.HealthEndpointPath, ports);
            if (container.StartupProbe is not null)
            {
                AssertProbe(deployment, "startup", container.StartupProbe, HostingExtensions.AlivenessEndpointPath, ports);
            }
        });
    }

    [Fact]
    public void Every_container_requests_and_is_limited_in_cpu_and_memory()
    {
        Assert.All(Containers, item =>
        {
            var (deployment, container) = item;
            var resources = container.Resources;
            Assert.True(resources?.Requests is not null && resources.Limits is not null, $"{deployment.Metadata.Name} has no resource requests or limits");
            foreach (var name in ResourceNames)
            {
                Assert.True(resources.Requests.TryGetValue(name, out var request), $"{deployment.Metadata.Name} requests no {name}");
                Assert.True(resources.Limits.TryGetValue(name, out var limit), $"{deployment.Metadata.Name} has no {name} limit");
                Assert.True(request.ToDecimal() > 0 && request.ToDecimal() <= limit.ToDecimal(),
                    $"{deployment.Metadata.Name}: the {name} request {request} must be above zero and within the limit {limit}");
            }
        });
    }

    [Fact]
    public void A_variable_named_like_a_secret_comes_from_the_secret_and_no_literal_value_carries_a_credential()
    {
        var variables = Containers.SelectMany(item => (item.Container.Env ?? []).Select(variable => (item.Deployment.Metadata.Name, variable))).ToList();

        Assert.NotEmpty(variables);
        Assert.All(variables, item =>
        {
            var (deployment, variable) = item;
            if (SecretLooking.Name(variable.Name))
            {
                Assert.True(variable.Value is null && variable.ValueFrom?.SecretKeyRef is not null,
                    $"{deployment}: {variable.Name} looks secret, so it must come from a secretKeyRef, never a literal or a ConfigMap");
            }

            Assert.False(variable.Value is { } value && SecretLooking.Value(value), $"{deployment}: {variable.Name} carries a credential in its value");
        });
        Assert.All(Containers, item => Assert.Null(item.Container.EnvFrom));
    }

    [Fact]
    public void Secrets_come_only_from_the_secret_the_operator_fills()
    {
        var generator = Assert.Single(DeployDirectory.Kustomization().SecretGenerator);
        var keys = DeployDirectory.SecretKeys();
        var references = Containers
            .SelectMany(item => item.Container.Env ?? [])
            .Select(variable => variable.ValueFrom?.SecretKeyRef)
            .OfType<V1SecretKeySelector>()
            .ToList();

        Assert.DoesNotContain(manifests, manifest => manifest.Object is V1Secret);
        Assert.Empty(DeployDirectory.SecretExampleValues());
        Assert.All(references, reference =>
        {
            Assert.Equal(generator.Name, reference.Name);
            Assert.Contains(reference.Key, keys);
        });
        Assert.All(keys, key => Assert.Contains(references, reference => reference.Key == key));
    }

    [Fact]
    public void Settings_come_from_the_settings_config_map_and_none_of_them_is_a_secret()
    {
        var settings = Assert.Single(manifests.Select(manifest => manifest.Object).OfType<V1ConfigMap>());
        var references = Containers
            .SelectMany(item => item.Container.Env ?? [])
            .Select(variable => variable.ValueFrom?.ConfigMapKeyRef)
            .OfType<V1ConfigMapKeySelector>()
            .ToList();

        Assert.All(settings.Data, setting =>
        {
            Assert.False(SecretLooking.Name(setting.Key), $"the setting {setting.Key} looks secret: it belongs in the Secret");
            Assert.False(SecretLooking.Value(setting.Value), $"the setting {setting.Key} carries a credential");
        });
        Assert.All(references, reference =>
        {
            Assert.Equal(settings.Metadata.Name, reference.Name);
            Assert.True(settings.Data.ContainsKey(reference.Key), $"platform-settings has no {reference.Key}");
        });
    }

    private static void AssertProbe(V1Deployment deployment, string kind, V1Probe? probe, string path, IReadOnlySet<string> ports)
    {
        var name = deployment.Metadata.Name;
        Assert.True(probe?.HttpGet is not null, $"{name} has no HTTP {kind} probe");
        Assert.True(probe.HttpGet.Path == path, $"{name}'s {kind} probe asks {probe.HttpGet.Path}, not {path}");
        Assert.True(ports.Contains(probe.HttpGet.Port.ToString() ?? string.Empty), $"{name}'s {kind} probe asks port {probe.HttpGet.Port}, which the container does not name");
    }
}
