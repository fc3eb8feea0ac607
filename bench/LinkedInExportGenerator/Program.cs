using NetworkingPlatform.LinkedInExportGenerator;

// dotnet run --project bench/LinkedInExportGenerator -- <output.zip> [messages] [connections] [invitations] [seed] [--older] [--clean]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: LinkedInExportGenerator <output.zip> [messages=400] [connections=60] [invitations=30] [seed=2026] [--older] [--clean]");
    return 2;
}

var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToArray();
var spec = new ExportSpec(
    Seed: numbers.ElementAtOrDefault(3) is var seed and > 0 ? seed : 2026,
    Messages: numbers.ElementAtOrDefault(0) is var messages and > 0 ? messages : 400,
    Connections: numbers.ElementAtOrDefault(1) is var connections and > 0 ? connections : 60,
    Invitations: numbers.ElementAtOrDefault(2) is var invitations and > 0 ? invitations : 30,
    Quirks: !args.Contains("--clean"),
    OlderExport: args.Contains("--older"));
var manifest = ExportGenerator.WriteFile(args[0], spec);
Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(manifest, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
return 0;
