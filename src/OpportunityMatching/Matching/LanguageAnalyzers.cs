using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// The text of an opportunity is analysed per language, because owners write Spanish or English and rarely say
/// which. Each field lowercases, drops its language's stop words, folds accents and stems.
/// </summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string SpanishField = "es";
    public const string EnglishField = "en";
    public static readonly IReadOnlyList<string> TextFields = [SpanishField, EnglishField];

    /// <summary>Single letters are left by apostrophes ("company's") and initials; they carry no meaning to match on.</summary>
    private const int MinWordLength = 2;
    private const int MaxWordLength = 60;

    /// <summary>
    /// An opportunity whose owner works in only one of the two analysed languages is indexed in that one; others in
    /// both. Queries look in both fields, so this halves indexing without losing a same-language match.
    /// </summary>
    public static IReadOnlyList<string> FieldsFor(IReadOnlyList<string> languages)
    {
        var spanish = languages.Contains(SpanishField);
        var english = languages.Contains(EnglishField);
        return spanish == english ? TextFields : spanish ? [SpanishField] : [EnglishField];
    }

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        new Dictionary<string, Analyzer> { [SpanishField] = new Spanish(), [EnglishField] = new English() });

    private sealed class Spanish : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(reader);
            TokenStream stream = new LengthFilter(Version, source, MinWordLength, MaxWordLength);
            stream = new StopFilter(Version, stream, SpanishAnalyzer.DefaultStopSet);
            stream = new ASCIIFoldingFilter(stream);
            stream = new SpanishLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    private sealed class English : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(reader);
            TokenStream stream = new LengthFilter(Version, source, MinWordLength, MaxWordLength);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
