using k8s.Models;

namespace NetworkingPlatform.Deploy.Tests;

public sealed class StrictParsingTests
{
    [Fact]
    public void Every_manifest_under_deploy_is_a_known_kind_with_only_known_fields()
    {
        var manifests = DeployDirectory.Load();

        Assert.NotEmpty(manifests);
        Assert.All(manifests, manifest => Assert.False(string.IsNullOrEmpty(manifest.Object.Kind), $"{manifest} has no kind"));
    }

    [Fact]
    public void The_kustomization_applies_every_manifest_and_only_those()
    {
        var kustomization = DeployDirectory.Kustomization();

        Assert.Equal("kustomize.config.k8s.io/v1beta1", kustomization.ApiVersion);
        Assert.Equal("Kustomization", kustomization.Kind);
        Assert.Equal(DeployDirectory.ManifestFiles(), kustomization.Resources.Order(StringComparer.Ordinal));
        Assert.Equal(kustomization.Resources.Count, kustomization.Resources.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_namespace_applied_is_the_one_declared()
    {
        var kustomization = DeployDirectory.Kustomization();
        var namespaces = DeployDirectory.Load().Select(manifest => manifest.Object).OfType<V1Namespace>().ToList();

        Assert.Equal(kustomization.Namespace, Assert.Single(namespaces).Metadata.Name);
    }

    // The checks above are only as strict as the loader: these prove it refuses what a cluster would refuse.
    [Fact]
    public void A_field_the_models_do_not_know_fails_the_load()
    {
        const string yaml = """
            apiVersion: v1
            kind: Service
            metadata:
              name: gateway
            spec:
              selectr:
                app.kubernetes.io/name: gateway
            """;

        var failure = Assert.Throws<InvalidDataException>(() => DeployDirectory.Parse("broken.yaml", yaml));
        Assert.Contains("broken.yaml", failure.Message);
    }

    [Fact]
    public void A_kind_the_models_do_not_know_fails_the_load()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deploymint
            metadata:
              name: gateway
            """;

        Assert.Throws<InvalidDataException>(() => DeployDirectory.Parse("broken.yaml", yaml));
    }
}
