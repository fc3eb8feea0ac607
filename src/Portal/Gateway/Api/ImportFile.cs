namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record ImportFile(string Name, string Kind, long RowsRead, long RowsImported, long RowsAlreadyImported, long RowsSkipped);
