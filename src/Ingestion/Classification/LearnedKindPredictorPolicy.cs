using Microsoft.Extensions.ObjectPool;

namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>Makes predictors for the pool; a predictor keeps nothing between messages, so every one goes back.</summary>
internal sealed class LearnedKindPredictorPolicy(Func<LearnedKindPredictor> create) : PooledObjectPolicy<LearnedKindPredictor>
{
    public override LearnedKindPredictor Create() => create();

    public override bool Return(LearnedKindPredictor obj) => true;
}
