namespace NetworkingPlatform.Deploy.Tests;

/// <summary>
/// The parts of deploy/kustomization.yaml these tests read. It is read strictly, so a field not modelled here fails
/// the tests rather than being ignored: add it here when the deployment needs it.
/// </summary>
public sealed class Kustomization
{
    public string ApiVersion { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Namespace { get; set; } = string.Empty;

    public List<string> Resources { get; set; } = [];

    public List<SecretGenerator> SecretGenerator { get; set; } = [];
}
