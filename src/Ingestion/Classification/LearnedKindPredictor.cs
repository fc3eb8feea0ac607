namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>One prediction engine with the input and output rows it reuses; used by one thread at a time.</summary>
internal sealed class LearnedKindPredictor(MLContext context, ITransformer model)
{
    private readonly PredictionEngine<KindModelInput, KindModelOutput> engine = context.Model.CreatePredictionEngine<KindModelInput, KindModelOutput>(model);
    private readonly KindModelInput input = new();
    private KindModelOutput output = new();

    public LearnedKind Predict(string normalizedText)
    {
        input.Text = normalizedText;
        engine.Predict(input, ref output);
        return new LearnedKind(output.Kind, output.Score.Max());
    }
}
