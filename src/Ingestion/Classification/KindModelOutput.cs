using Microsoft.ML.Data;

namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>What the learned model answers: the likeliest kind and the probability of each kind.</summary>
public sealed class KindModelOutput
{
    [ColumnName("PredictedLabel")]
    public string Kind { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
