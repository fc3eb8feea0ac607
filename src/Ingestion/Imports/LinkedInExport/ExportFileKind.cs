namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

public enum ExportFileKind
{
    Unknown,
    Connections,
    Profile,
    Positions,
    Skills,
    Languages,
    Messages,
    Invitations,
}
