namespace NetworkingPlatform.Deploy.Tests;

/// <summary>A Secret kustomize makes from an env file the operator fills (one KEY=value a line).</summary>
public sealed class SecretGenerator
{
    public string Name { get; set; } = string.Empty;

    public List<string> Envs { get; set; } = [];
}
