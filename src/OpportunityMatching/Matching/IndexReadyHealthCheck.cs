using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>Not ready to match until the index was rebuilt after the start.</summary>
public sealed class IndexReadyHealthCheck(OpportunityIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy($"{index.Count} open opportunities indexed.")
            : HealthCheckResult.Unhealthy("The matching index is being rebuilt."));
}
