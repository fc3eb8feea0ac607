namespace NetworkingPlatform.TestServers;

/// <summary>A request a <see cref="LocalHttpReceiver"/> took: where it went, its headers and body, and the status it was answered with.</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int Status = 0, string Method = "POST");
