namespace NetworkingPlatform.TestServers;

/// <summary>The committed OpenAPI documents (<c>contract/openapi/&lt;document&gt;.json</c>), the contract as served by the Gateway.</summary>
public static class ContractDocuments
{
    public static string Folder => Path.Combine(RepositoryPaths.Root(), "contract", "openapi");

    public static string PathOf(string document) => Path.Combine(Folder, $"{document}.json");

    /// <summary>Every committed document, whichever services there are: a new service's document is checked once it is committed.</summary>
    public static IReadOnlyList<string> All() => [.. Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)];
}
