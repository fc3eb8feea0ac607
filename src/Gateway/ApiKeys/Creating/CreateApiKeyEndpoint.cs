using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.ApiKeys.Creating;

public static class CreateApiKeyEndpoint
{
    public const int MaxNameLength = 100;

    public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes);

    public sealed record ApiKeyCreated(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string Secret);

    public static RouteGroupBuilder MapCreateApiKey(this RouteGroupBuilder tenant)
    {
        tenant.MapPost("/api-keys", Handle)
            .WithName("CreateApiKey")
            .WithTags("API keys")
            .WithDescription("Keys carry scopes: read (GET), write (other methods) and admin (tenant administration). Only a hash of the secret is kept.")
            .WithSummary("Creates an API key with scopes among read, write and admin. The secret is in this answer only; send it as X-Api-Key (admin).");
        return tenant;
    }

    private static async Task<Results<Created<ApiKeyCreated>, ValidationProblem, ProblemHttpResult>> Handle(CreateApiKeyRequest? request, PlatformCaller caller, HttpContext context, IDocumentStore store, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Problems.BodyRequired();
        }

        var scopes = request.Scopes ?? [];
        var errors = new RequestErrors()
            .Check(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= MaxNameLength, "name", $"A name is required, at most {MaxNameLength} characters.")
            .Check(scopes.Count > 0, "scopes", "At least one scope is required: read, write or admin.")
            .Check(scopes.All(s => PlatformScopes.All.Contains(s)), "scopes", "Scopes are among read, write and admin.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var secret = ApiKeySecret.Generate(Guid.CreateVersion7().ToString("N"));
        var key = new ApiKey
        {
            Id = secret.KeyId,
            TenantId = caller.TenantId,
            Name = request.Name!.Trim(),
            SecretHash = secret.Hash(),
            Scopes = [.. PlatformScopes.All.Where(scopes.Contains)],
            CreatedAt = clock.GetUtcNow(),
        };
        await using var session = store.LightweightSession();
        session.Insert(key);
        audit.Record(session, context.User, caller.TenantId, AuditActions.ApiKeyCreated, key.Id, $"'{key.Name}', scopes {string.Join(' ', key.Scopes)}");
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/tenant/api-keys/{key.Id}", new ApiKeyCreated(key.Id, key.Name, key.Scopes, key.CreatedAt, secret.ToString()));
    }
}
