using System.Text.RegularExpressions;
using System.Xml.Linq;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Tests;

/// <summary>Every text Notification writes exists in Spanish and English, and counts are said right in both.</summary>
public sealed partial class NotificationTextsTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Notification"));

    [Fact]
    public void Spanish_and_English_hold_the_same_keys_with_the_same_placeholders_and_none_is_empty()
    {
        var english = Texts("NotificationTexts.resx");
        var spanish = Texts("NotificationTexts.es.resx");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(english.Concat(spanish), text => string.IsNullOrWhiteSpace(text.Value));
        Assert.All(english, text => Assert.Equal(Placeholders(text.Value), Placeholders(spanish[text.Key])));
    }

    [Fact]
    public void Every_text_the_code_asks_for_exists()
    {
        var known = Texts("NotificationTexts.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var asked = Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => AskedKey().Matches(File.ReadAllText(file)).Select(match => match.Groups["key"].Value))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, key => !known.Contains(key) && !known.Contains($"{key}.One"));
    }

    [Theory]
    [InlineData(1, "en", "1 day")]
    [InlineData(2, "en", "2 days")]
    [InlineData(1, "es", "1 día")]
    [InlineData(3, "es", "3 días")]
    public void Days_are_counted_in_the_singular_and_the_plural(int days, string language, string expected)
    {
        Assert.Equal(expected, ReplyTimeText.Describe(TimeSpan.FromDays(days) + TimeSpan.FromHours(5), language));
    }

    [Fact]
    public void Hours_minutes_and_imports_are_counted_too()
    {
        Assert.Equal(("1 hour", "2 horas", "1 minuto"), (ReplyTimeText.Describe(TimeSpan.FromMinutes(61), "en"),
            ReplyTimeText.Describe(TimeSpan.FromHours(2), "es"), ReplyTimeText.Describe(TimeSpan.FromSeconds(90), "es")));
        Assert.Equal("1 conversación importada", NotificationTexts.Count("es", "ImportSummarised.Conversations", 1));
        Assert.Equal("12 conversations imported", NotificationTexts.Count("en", "ImportSummarised.Conversations", 12));
    }

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Folder, "Resources", file)).Root!.Elements("data")
            .ToDictionary(data => data.Attribute("name")!.Value, data => data.Element("value")!.Value, StringComparer.Ordinal);

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{(\d+)[:}]")]
    private static partial Regex PlaceholderPattern();

    // NotificationTexts.Get(language, "Key", …), .Count(language, "Key", n), .Both("Key", …)
    [GeneratedRegex("""NotificationTexts\.(Get|Count|Both)\((\w+, )?"(?<key>[A-Za-z.]+)"[,)]""")]
    private static partial Regex AskedKey();
}
