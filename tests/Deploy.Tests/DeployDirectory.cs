using k8s;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Deploy.Tests;

/// <summary>
/// The manifests under deploy/, every object parsed strictly with the KubernetesClient's typed models: a field or a kind
/// those models do not know fails the load, as a cluster's API server would refuse it.
/// </summary>
public static class DeployDirectory
{
    public const string KustomizationFile = "kustomization.yaml";
    public const string SecretsExampleFile = "secrets.env.example";

    public static string Folder => Path.Combine(RepositoryPaths.Root(), "deploy");

    public static IReadOnlyList<string> ManifestFiles() =>
        Directory.EnumerateFiles(Folder, "*.yaml")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(file => file != KustomizationFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<Manifest> Load() =>
        ManifestFiles().SelectMany(file => Parse(file, File.ReadAllText(Path.Combine(Folder, file)))).ToList();

    public static IReadOnlyList<Manifest> Parse(string file, string yaml)
    {
        List<object> objects;
        try
        {
            objects = KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true);
        }
        catch (Exception exception)
        {
            throw new InvalidDataException($"deploy/{file} is not valid Kubernetes YAML for the typed models: {exception.Message}", exception);
        }

        return objects.Select(item => item is IKubernetesObject typed
                ? new Manifest(file, typed)
                : throw new InvalidDataException($"deploy/{file} holds a {item.GetType().Name}, not a Kubernetes object."))
            .ToList();
    }

    public static Kustomization Kustomization() =>
        KubernetesYaml.Deserialize<Kustomization>(File.ReadAllText(Path.Combine(Folder, KustomizationFile)), strict: true);

    /// <summary>The keys of the Secret the operator fills, from the committed example (values left empty there).</summary>
    public static IReadOnlyList<string> SecretKeys() =>
        File.ReadAllLines(Path.Combine(Folder, SecretsExampleFile))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2)[0])
            .ToList();

    /// <summary>Lines of the example that carry a value: there must be none, the operator brings them.</summary>
    public static IReadOnlyList<string> SecretExampleValues() =>
        File.ReadAllLines(Path.Combine(Folder, SecretsExampleFile))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Split('=', 2) is [_, { Length: > 0 }])
            .ToList();
}
