namespace NetworkingPlatform.ServiceDefaults.Identity;

public static class AdminOperationExtensions
{
    /// <summary>Marks an endpoint as an admin operation: only callers with the <c>admin</c> scope reach it (else 403).</summary>
    public static TBuilder RequireAdminScope<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AdminOperation.Instance);
}
