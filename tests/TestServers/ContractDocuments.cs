namespace NetworkingPlatform.TestServers;

/// <summary>The committed OpenAPI documents (<c>contract/openapi/&lt;document&gt;.json</c>), the contract as served by the Gateway.</summary>
public static class ContractDocuments
{
    public static string PathOf(string document) => Path.Combine(RepositoryPaths.Root(), "contract", "openapi", $"{document}.json");
}
