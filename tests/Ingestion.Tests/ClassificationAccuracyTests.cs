using System.Globalization;
using System.Text;
using NetworkingPlatform.Contracts;
using NetworkingPlatform.Ingestion.Classification;
using NetworkingPlatform.TestServers;
using Xunit.Abstractions;
using ClassificationResult = NetworkingPlatform.Ingestion.Classification.Classification;

namespace NetworkingPlatform.Ingestion.Tests;

public class ClassificationAccuracyTests(ITestOutputHelper output)
{
    private const double MinimumTuningKindAccuracy = 0.90;
    private const double MinimumTuningNeedsReplyAccuracy = 0.90;

    // Issue 16's targets, per language, on messages the rules were never adjusted to.
    private const double TargetHeldOutKindAccuracy = 0.93;
    private const double TargetHeldOutNeedsReplyAccuracy = 0.97;
    private const int MinimumHeldOutRows = 200;
    private const int MinimumRows = 300;
    private const double MinimumSpanishShare = 0.40;
    private const int MinimumRowsPerKind = 30;

    private const string TuningSet = "tuning.csv";
    private const string HeldOutSet = "held-out.csv";

    private static readonly string[] LabelledKinds =
    [
        MessageKind.Greeting, MessageKind.Question, MessageKind.MeetingProposal, MessageKind.Offer,
        MessageKind.Decline, MessageKind.Thanks, MessageKind.Other,
    ];

    [Fact]
    public void Labelled_sets_are_large_bilingual_consistent_and_apart()
    {
        var tuning = LoadLabelledMessages(TuningSet);
        var heldOut = LoadLabelledMessages(HeldOutSet);

        Assert.True(tuning.Count >= MinimumRows, $"Only {tuning.Count} tuning messages; expected at least {MinimumRows}.");
        Assert.True(heldOut.Count >= MinimumHeldOutRows, $"Only {heldOut.Count} held-out messages; expected at least {MinimumHeldOutRows}.");
        foreach (var rows in new[] { tuning, heldOut })
        {
            var spanishShare = (double)rows.Count(row => row.Language == "es") / rows.Count;
            Assert.True(spanishShare >= MinimumSpanishShare, $"Spanish share is {spanishShare:P1}; expected at least {MinimumSpanishShare:P0}.");
            Assert.All(rows, row => Assert.Contains(row.Language, new[] { "es", "en" }));
            Assert.All(rows, row => Assert.Contains(row.Kind, LabelledKinds));
            // A label whose needs_reply disagrees with its kind would make the two accuracies measure different truths.
            Assert.All(rows, row => Assert.Equal(MessageKind.NeedsReply(row.Kind), row.NeedsReply));
        }

        foreach (var kind in LabelledKinds)
        {
            var count = tuning.Count(row => row.Kind == kind);
            Assert.True(count >= MinimumRowsPerKind, $"Kind '{kind}' has {count} examples; expected at least {MinimumRowsPerKind}.");
        }

        var tuningTexts = tuning.Select(row => Normalized(row.Text)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(heldOut.Where(row => tuningTexts.Contains(Normalized(row.Text))).Select(row => row.Text));
    }

    [Fact]
    public void Classifier_meets_accuracy_thresholds_on_the_tuning_set()
    {
        var (kindAccuracy, needsReplyAccuracy) = Measure(TuningSet, language: null);

        Assert.True(kindAccuracy >= MinimumTuningKindAccuracy, $"Kind accuracy {kindAccuracy:P1} is below {MinimumTuningKindAccuracy:P0}.");
        Assert.True(needsReplyAccuracy >= MinimumTuningNeedsReplyAccuracy, $"Needs-reply accuracy {needsReplyAccuracy:P1} is below {MinimumTuningNeedsReplyAccuracy:P0}.");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Classifier_meets_the_targets_on_the_held_out_set_in_each_language(string language) =>
        AssertHeldOut(language, TargetHeldOutKindAccuracy, TargetHeldOutNeedsReplyAccuracy);

    /// <summary>What the rules and the learned model reached on the held-out set (measured 2026-12-06): a change that loses ground fails.</summary>
    [Theory]
    [InlineData("es", 0.95, 0.97)]
    [InlineData("en", 0.96, 0.98)]
    public void Classifier_keeps_its_held_out_figures_in_each_language(string language, double kindFloor, double needsReplyFloor) =>
        AssertHeldOut(language, kindFloor, needsReplyFloor);

    private void AssertHeldOut(string language, double kind, double needsReply)
    {
        var (kindAccuracy, needsReplyAccuracy) = Measure(HeldOutSet, language);

        Assert.True(kindAccuracy >= kind, $"[{language}] held-out kind accuracy {kindAccuracy:P1} is below {kind:P0}.");
        Assert.True(needsReplyAccuracy >= needsReply, $"[{language}] held-out needs-reply accuracy {needsReplyAccuracy:P1} is below {needsReply:P0}.");
    }

    private (double Kind, double NeedsReply) Measure(string set, string? language)
    {
        var rows = LoadLabelledMessages(set).Where(row => language is null || row.Language == language).ToList();
        var results = rows
            .Select(row => (Row: row, Predicted: MessageClassifier.Classify(null, row.Text)))
            .ToList();

        var kindAccuracy = (double)results.Count(r => r.Predicted.Kind == r.Row.Kind) / results.Count;
        var needsReplyAccuracy = (double)results.Count(r => r.Predicted.NeedsReply == r.Row.NeedsReply) / results.Count;

        output.WriteLine($"{set}{(language is null ? string.Empty : $" [{language}]")}");
        output.WriteLine(Report(results, kindAccuracy, needsReplyAccuracy));
        return (kindAccuracy, needsReplyAccuracy);
    }

    private static string Normalized(string text) => text.Trim().ToLowerInvariant();

    private static string Report(
        IReadOnlyList<(LabelledMessage Row, ClassificationResult Predicted)> results,
        double kindAccuracy,
        double needsReplyAccuracy)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-18}{"support",8}{"predicted",10}{"precision",11}{"recall",8}{"f1",7}");
        foreach (var kind in LabelledKinds)
        {
            var truePositives = results.Count(r => r.Row.Kind == kind && r.Predicted.Kind == kind);
            var support = results.Count(r => r.Row.Kind == kind);
            var predicted = results.Count(r => r.Predicted.Kind == kind);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            report.AppendLine(CultureInfo.InvariantCulture, $"{kind,-18}{support,8}{predicted,10}{precision,11:F3}{recall,8:F3}{f1,7:F3}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"overall kind accuracy: {kindAccuracy:F3} ({results.Count} messages)");
        foreach (var language in results.Select(r => r.Row.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var inLanguage = results.Where(r => r.Row.Language == language).ToList();
            var accuracy = (double)inLanguage.Count(r => r.Predicted.Kind == r.Row.Kind) / inLanguage.Count;
            report.AppendLine(CultureInfo.InvariantCulture, $"  kind accuracy [{language}]: {accuracy:F3} ({inLanguage.Count} messages)");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"needs-reply accuracy: {needsReplyAccuracy:F3}");
        report.AppendLine("misclassified:");
        foreach (var (row, predicted) in results.Where(r => r.Predicted.Kind != r.Row.Kind))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  [{row.Language}] expected {row.Kind}, got {predicted.Kind}: {row.Text}");
        }

        return report.ToString();
    }

    private static List<LabelledMessage> LoadLabelledMessages(string file) =>
        LabelledMessages.Read(RepositoryPaths.Seed("classification", file));
}
