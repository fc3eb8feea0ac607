namespace NetworkingPlatform.Deploy.Tests;

/// <summary>An environment variable a cluster sets and the AppHost does not, for the services named (all when none is).</summary>
public sealed record ClusterOnlyName(string Name, string Reason, params string[] Services)
{
    public bool AppliesTo(string service) => Services.Length == 0 || Services.Contains(service);
}
