namespace NetworkingPlatform.TestServers.Contract;

/// <summary>An answer that the committed OpenAPI documents do not describe.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
