using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>ResponseTracking's folders depend one way: the use cases on the views projection, the views on the conversations.</summary>
public sealed class FolderImportsTests
{
    [Fact]
    public void No_two_folders_of_ResponseTracking_import_each_other()
    {
        var pairs = FolderImports.MutualPairs("ResponseTracking");
        Assert.True(pairs.Count == 0, $"These folders of src/ResponseTracking import each other: {string.Join("; ", pairs)}.");
    }
}
