using k8s;

namespace NetworkingPlatform.Deploy.Tests;

/// <summary>One object of a manifest file under deploy/, as the KubernetesClient's typed models read it.</summary>
public sealed record Manifest(string File, IKubernetesObject Object)
{
    public override string ToString() => $"{File}: {Object.Kind}";
}
