using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>Pages keep to what they show: the Gateway's paths and request shapes live in the typed clients (src/Portal/Gateway/Clients).</summary>
public sealed class PortalShapeTests
{
    [Fact]
    public void No_page_or_component_names_an_api_path()
    {
        var components = Path.Combine(RepositoryPaths.Root(), "src", "Portal", "Components");
        var naming = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (File: Path.GetRelativePath(components, file), Line: i + 1, Text: line)))
            .Where(line => line.Text.Contains("/api/", StringComparison.Ordinal))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.True(naming.Count == 0, $"API paths in .razor files (move them to a client in Gateway/Clients):\n{string.Join('\n', naming)}");
    }
}
