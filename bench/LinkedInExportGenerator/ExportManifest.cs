namespace NetworkingPlatform.LinkedInExportGenerator;

/// <summary>What a generated export holds, so tests and benchmarks know what an import must find.</summary>
public sealed record ExportManifest(
    string Member,
    int MessageRows,
    int ImportableMessages,
    int Drafts,
    int Sponsored,
    int Spam,
    int ConnectionRows,
    int InvitationRows,
    int PendingIncomingInvitations,
    int AcceptedInvitations,
    int PositionRows,
    int SkillRows,
    IReadOnlyList<string> IgnoredFiles);
