namespace NetworkingPlatform.Portal.Gateway;

/// <summary>Either the answer or the problem the Gateway gave.</summary>
public sealed record GatewayResult<T>(T? Value, GatewayProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static implicit operator GatewayResult<T>(GatewayProblem problem) => new(default, problem);
}
