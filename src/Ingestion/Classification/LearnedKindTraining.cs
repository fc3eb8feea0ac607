using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>
/// How the learned model is made from <c>seeds/classification/tuning.csv</c> (never the held-out set): word uni- and
/// bigrams and character trigrams of the normalised text, weighed by a maximum-entropy model (SDCA). One thread and a
/// fixed seed make training repeatable, so the committed model can be checked against the tuning set it came from.
/// </summary>
/// <remarks>
/// Chosen on messages the rules had not been written against (README, "How well it classifies"): character 4-grams and
/// one-versus-all perceptrons measured about as well but predicted three to four times slower.
/// </remarks>
public static class LearnedKindTraining
{
    public const int Seed = 1;

    public static MLContext Context() => new(seed: Seed);

    public static ITransformer Train(MLContext context, IEnumerable<LabelledMessage> tuning)
    {
        var rows = tuning.Select(row => new KindModelInput { Text = MessageClassifier.Normalize(null, row.Text), Label = row.Kind });
        var data = context.Data.LoadFromEnumerable(rows);
        return Pipeline(context).Fit(data);
    }

    public static void Save(MLContext context, ITransformer model, Stream destination) =>
        context.Model.Save(model, context.Data.LoadFromEnumerable(Array.Empty<KindModelInput>()).Schema, destination);

    private static IEstimator<ITransformer> Pipeline(MLContext context)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 };

        return context.Transforms.Conversion.MapValueToKey(nameof(KindModelInput.Label))
            .Append(context.Transforms.Text.FeaturizeText("Features", text, nameof(KindModelInput.Text)))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer))
            .Append(context.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }
}
