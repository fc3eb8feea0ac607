using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NetworkingPlatform.Notification.Webhooks.Targets;

namespace NetworkingPlatform.Notification.Tests;

/// <summary>Registration's rules, with a stub resolver: no name is ever looked up in DNS.</summary>
public sealed class WebhookTargetsTests
{
    private static readonly Dictionary<string, IPAddress[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hooks.example.com"] = [IPAddress.Parse("203.0.113.10")],
        ["10.0.0.1.nip.io"] = [IPAddress.Parse("10.0.0.1")],
        ["metadata.google.internal"] = [IPAddress.Parse("169.254.169.254")],
        ["localtest.me"] = [IPAddress.Parse("127.0.0.1"), IPAddress.Parse("::1")],
        ["localhost"] = [IPAddress.Parse("127.0.0.1")],
        ["half.example.com"] = [IPAddress.Parse("203.0.113.11"), IPAddress.Parse("192.168.0.7")],
        ["ingestion"] = [],
    };

    [Theory]
    [InlineData("https://hooks.example.com/np", true, true)]
    [InlineData("http://hooks.example.com/np", true, false)]
    [InlineData("https://203.0.113.10/np", true, true)]
    [InlineData("https://[2606:4700:4700::1111]/np", true, true)]
    [InlineData("http://127.0.0.1:5000/hook", false, false)]
    [InlineData("http://localhost:5000/hook", false, false)]
    [InlineData("https://localtest.me/x", false, false)]
    [InlineData("http://10.0.0.1.nip.io/x", false, false)]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/", false, false)]
    [InlineData("https://half.example.com/x", false, false)]
    [InlineData("http://ingestion/api/v1/messages", false, false)]
    [InlineData("https://10.0.0.5/hook", false, false)]
    [InlineData("https://192.168.1.10/hook", false, false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false, false)]
    [InlineData("https://[::10.0.0.1]/x", false, false)]
    [InlineData("https://[::ffff:10.0.0.1]/x", false, false)]
    [InlineData("https://[64:ff9b::a00:1]/x", false, false)]
    [InlineData("https://[::1]/x", false, false)]
    [InlineData("https://198.18.0.1/x", false, false)]
    [InlineData("https://224.0.0.1/x", false, false)]
    [InlineData("https://255.255.255.255/x", false, false)]
    [InlineData("https://0.0.0.0/x", false, false)]
    [InlineData("https://0x7f000001/x", false, false)]
    [InlineData("https://2130706433/x", false, false)]
    [InlineData("https://127.1/x", false, false)]
    [InlineData("https://user:secret@hooks.example.com/np", false, false)]
    [InlineData("ftp://hooks.example.com/np", false, false)]
    [InlineData("not a url", false, false)]
    public async Task Targets_resolve_only_to_public_addresses_and_use_https_outside_development(string url, bool inDevelopment, bool inProduction)
    {
        Assert.Equal(inDevelopment, await Policy("Development").Reject(url, CancellationToken.None) is null);
        Assert.Equal(inProduction, await Policy("Production").Reject(url, CancellationToken.None) is null);
    }

    [Fact]
    public async Task Loopback_receivers_are_allowed_only_when_configured()
    {
        var allowing = Policy("Development", allowLoopback: true);

        Assert.Null(await allowing.Reject("http://127.0.0.1:5000/hook", CancellationToken.None));
        Assert.Null(await allowing.Reject("http://localtest.me/hook", CancellationToken.None));
        Assert.NotNull(await allowing.Reject("http://10.0.0.1.nip.io/hook", CancellationToken.None));
    }

    [Fact]
    public async Task A_refusal_says_why_without_naming_the_internal_address()
    {
        var problem = await Policy("Production").Reject("https://metadata.google.internal/computeMetadata/v1/", CancellationToken.None);

        Assert.Contains("internal address", problem);
        Assert.DoesNotContain("169.254", problem);
    }

    [Fact]
    public async Task Configured_host_entries_answer_before_dns()
    {
        var options = Options.Create(new WebhookTargetOptions { Hosts = { ["receiver.test"] = "203.0.113.20, 203.0.113.21" } });

        var addresses = await new WebhookTargets(new WebhookHostResolver(options), options).Resolve("RECEIVER.test.", CancellationToken.None);

        Assert.Equal([IPAddress.Parse("203.0.113.20"), IPAddress.Parse("203.0.113.21")], addresses);
    }

    private static WebhookUrlPolicy Policy(string environment, bool allowLoopback = false) =>
        new(new Environment(environment), new WebhookTargets(new StubResolver(), Options.Create(new WebhookTargetOptions { AllowLoopback = allowLoopback })));

    private sealed class StubResolver : IWebhookHostResolver
    {
        public Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) =>
            Task.FromResult(Names.TryGetValue(host, out var addresses) ? addresses : throw new InvalidOperationException($"'{host}' is not a name of this test."));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Notification";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
