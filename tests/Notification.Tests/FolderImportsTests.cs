using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.Tests;

/// <summary>Notification's folders depend one way: triggers → dispatching → deliveries → channels (email, webhooks, in-app).</summary>
public sealed class FolderImportsTests
{
    [Fact]
    public void No_two_folders_of_Notification_import_each_other()
    {
        var pairs = FolderImports.MutualPairs("Notification");
        Assert.True(pairs.Count == 0, $"These folders of src/Notification import each other: {string.Join("; ", pairs)}.");
    }

    [Fact]
    public void A_pair_is_named_when_two_folders_import_each_other_by_using_or_by_full_name()
    {
        var service = Directory.CreateTempSubdirectory("folder-imports-");
        try
        {
            Write(service, "Alpha/A.cs", "using NetworkingPlatform.Sample.Beta;\nnamespace NetworkingPlatform.Sample.Alpha;\npublic class A;");
            Write(service, "Beta/Inner/B.cs", "namespace NetworkingPlatform.Sample.Beta.Inner;\npublic class B { NetworkingPlatform.Sample.Alpha.A? a; }");
            Write(service, "Gamma/C.cs", "using NetworkingPlatform.Sample.Alpha;\nnamespace NetworkingPlatform.Sample.Gamma;\npublic class C;");
            Write(service, "Extensions/Wiring.cs", "using NetworkingPlatform.Sample.Gamma;\nnamespace NetworkingPlatform.Sample.Extensions;\npublic class W;");

            Assert.Equal(["Alpha <-> Beta"], FolderImports.MutualPairs(service.FullName, "NetworkingPlatform.Sample"));
        }
        finally
        {
            service.Delete(recursive: true);
        }
    }

    private static void Write(DirectoryInfo root, string path, string code)
    {
        var file = new FileInfo(Path.Combine(root.FullName, path));
        file.Directory!.Create();
        File.WriteAllText(file.FullName, code);
    }
}
