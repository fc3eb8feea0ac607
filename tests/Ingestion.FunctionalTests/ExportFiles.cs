using System.IO.Compression;
using System.Text;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Exports written by hand in tests, for the quirks and faults a generated export does not show on its own.</summary>
internal static class ExportFiles
{
    public const string Member = "marta-lopez-1a2b";
    public const string MemberUrl = "https://www.linkedin.com/in/marta-lopez-1a2b";

    public static byte[] Zip(params (string Name, string Content)[] files) => Zip(files.Select(f => (f.Name, Encoding.UTF8.GetBytes(f.Content))).ToArray());

    public static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] WithBom(string content) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)];

    public static string SeedExportPath(string file) => RepositoryPaths.Seed("linkedin", file);
}
