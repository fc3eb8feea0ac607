namespace NetworkingPlatform.Ingestion.Imports.Running;

public sealed record ImportWork(string TenantId, string ImportId, string UploadPath);
