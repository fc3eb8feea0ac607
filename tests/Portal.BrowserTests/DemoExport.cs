using System.Text.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>The committed demo LinkedIn export and what its manifest says it holds.</summary>
public sealed record DemoExport(string Member, int ImportableMessages, int Drafts, int Sponsored, int Spam, int PendingIncomingInvitations)
{
    public const string FileName = "Basic_LinkedInDataExport_11-20-2026";

    public static string ZipPath => RepositoryPaths.Seed("linkedin", $"{FileName}.zip");

    public int MessagesNotImported => Drafts + Sponsored + Spam;

    public static DemoExport Manifest() =>
        JsonSerializer.Deserialize<DemoExport>(File.ReadAllText(RepositoryPaths.Seed("linkedin", $"{FileName}.manifest.json")))!;
}
