namespace NetworkingPlatform.Gateway.Docs;

/// <summary>One of the documents the Gateway serves at <c>/openapi/&lt;name&gt;.json</c>.</summary>
public sealed record ApiDocument(string Name, string Title, string Description);
