using System.Text.RegularExpressions;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// Which top-level folders of a service import each other. A file imports a folder when it names that folder's namespace
/// (<c>NetworkingPlatform.&lt;Service&gt;.&lt;Folder&gt;</c>) in a using directive or a fully qualified name. Two folders that
/// import each other cannot be changed, read or moved one without the other; dependencies that go one way can. The wiring
/// (Extensions) imports everything and is imported by nothing, so it never makes a pair.
/// </summary>
public static partial class FolderImports
{
    /// <summary>The mutual pairs of <c>src/&lt;service&gt;</c>, each as "A &lt;-&gt; B", in order.</summary>
    public static IReadOnlyList<string> MutualPairs(string service) =>
        MutualPairs(Path.Combine(RepositoryPaths.Root(), "src", service), $"NetworkingPlatform.{service}");

    public static IReadOnlyList<string> MutualPairs(string serviceDirectory, string rootNamespace)
    {
        var imports = Imports(serviceDirectory, rootNamespace);
        return [.. imports
            .SelectMany(folder => folder.Value
                .Where(other => string.CompareOrdinal(folder.Key, other) < 0 && imports.GetValueOrDefault(other)?.Contains(folder.Key) == true)
                .Select(other => $"{folder.Key} <-> {other}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>For each top-level folder holding code, the other top-level folders its files import.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Imports(string serviceDirectory, string rootNamespace)
    {
        var reference = new Regex($@"(?<![\w.]){Regex.Escape(rootNamespace)}\.(?<folder>\w+)", RegexOptions.CultureInvariant);
        var files = Directory.EnumerateFiles(serviceDirectory, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(serviceDirectory, path).Split(Path.DirectorySeparatorChar))
            .Where(parts => parts.Length > 1 && parts[0] is not ("bin" or "obj"))
            .ToList();
        var folders = files.Select(parts => parts[0]).ToHashSet(StringComparer.Ordinal);
        var imports = folders.ToDictionary(folder => folder, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var parts in files)
        {
            var code = NamespaceDeclaration().Replace(File.ReadAllText(Path.Combine([serviceDirectory, .. parts])), string.Empty);
            foreach (Match match in reference.Matches(code))
            {
                var target = match.Groups["folder"].Value;
                if (target != parts[0] && folders.Contains(target))
                {
                    imports[parts[0]].Add(target);
                }
            }
        }

        return imports;
    }

    // A file's own namespace is no import.
    [GeneratedRegex(@"^\s*namespace\s+[\w.]+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();
}
