namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>The import was cancelled while it ran: the chunk being committed is rolled back and the run stops.</summary>
public sealed class ImportCancelledException(string importId) : Exception($"Import {importId} was cancelled.");
