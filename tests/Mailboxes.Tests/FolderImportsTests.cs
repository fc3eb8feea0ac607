using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Mailboxes.Tests;

/// <summary>Mailboxes' folders depend one way; only the wiring (Extensions) knows them all, and nothing knows it.</summary>
public sealed class FolderImportsTests
{
    [Fact]
    public void No_two_folders_of_Mailboxes_import_each_other()
    {
        var pairs = FolderImports.MutualPairs("Mailboxes");
        Assert.True(pairs.Count == 0, $"These folders of src/Mailboxes import each other: {string.Join("; ", pairs)}.");
    }
}
