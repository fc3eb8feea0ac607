using System.Text.RegularExpressions;
using System.Xml.Linq;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>Every text the portal shows exists in Spanish and in English.</summary>
public sealed partial class ResourcesTests
{
    private static readonly string PortalFolder = Path.Combine(RepositoryPaths.Root(), "src", "Portal");

    [Fact]
    public void Spanish_and_English_have_the_same_texts_and_none_is_empty()
    {
        var english = Texts("SharedStrings.resx");
        var spanish = Texts("SharedStrings.es.resx");

        Assert.Equal(english.Keys.Order(), spanish.Keys.Order());
        Assert.DoesNotContain(english.Concat(spanish), text => string.IsNullOrWhiteSpace(text.Value));
    }

    [Fact]
    public void Every_text_a_page_asks_for_by_name_exists()
    {
        var known = Texts("SharedStrings.resx").Keys.ToHashSet();
        var asked = Directory.EnumerateFiles(Path.Combine(PortalFolder, "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => LocalizedKey().Matches(File.ReadAllText(file)).Select(match => (File: Path.GetFileName(file), Key: match.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, use => !known.Contains(use.Key));
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(PortalFolder, "Resources", file)).Root!.Elements("data")
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")!.Value);

    [GeneratedRegex("""L\["([A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex LocalizedKey();
}
