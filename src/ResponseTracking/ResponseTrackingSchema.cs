namespace NetworkingPlatform.ResponseTracking;

/// <summary>The PostgreSQL schema of the service's events, documents and tables.</summary>
public static class ResponseTrackingSchema
{
    public const string Name = "response_tracking";
}
