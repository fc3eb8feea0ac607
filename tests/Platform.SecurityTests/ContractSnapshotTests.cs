using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// The documents the Gateway serves are the ones committed under <c>contract/openapi</c>: the generated client is
/// built from those files, and <c>./test.sh</c> lints them, so a change of the contract shows in review.
/// <c>NP_WRITE_CONTRACT=1</c> writes the served documents there instead of comparing.
/// </summary>
[Collection(SecuredPlatformCollection.Name)]
public sealed class ContractSnapshotTests(SecuredPlatform platform)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_served_documents_are_the_committed_contract()
    {
        var write = Environment.GetEnvironmentVariable("NP_WRITE_CONTRACT") == "1";
        var changed = new List<string>();
        foreach (var document in SecuredPlatform.Documents)
        {
            var served = JsonNode.Parse(await platform.Gateway().GetStringAsync($"/openapi/{document}.json"))!.ToJsonString(Indented) + "\n";
            var path = ContractDocuments.PathOf(document);
            if (write)
            {
                await File.WriteAllTextAsync(path, served);
            }
            else if (!File.Exists(path) || await File.ReadAllTextAsync(path) != served)
            {
                changed.Add(document);
            }
        }

        Assert.True(changed.Count == 0,
            $"The served contract differs from contract/openapi for: {string.Join(", ", changed)}. If the change is meant, run "
            + "NP_WRITE_CONTRACT=1 NP_CONTRACT_SURVEY=<a file> dotnet test tests/Platform.SecurityTests --filter ContractSnapshotTests and commit the "
            + "documents (the survey file lets the suite's contract check list, not fail on, what the old documents do not describe).");
    }
}
