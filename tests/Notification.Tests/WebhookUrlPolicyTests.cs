using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.Tests;

public sealed class WebhookUrlPolicyTests
{
    [Theory]
    [InlineData("https://hooks.example.com/np", true, true)]
    [InlineData("http://hooks.example.com/np", true, false)]
    [InlineData("http://127.0.0.1:5000/hook", true, false)]
    [InlineData("http://localhost:5000/hook", true, false)]
    [InlineData("https://10.0.0.5/hook", false, false)]
    [InlineData("https://192.168.1.10/hook", false, false)]
    [InlineData("https://169.254.169.254/latest/meta-data", false, false)]
    [InlineData("https://user:secret@hooks.example.com/np", false, false)]
    [InlineData("ftp://hooks.example.com/np", false, false)]
    [InlineData("not a url", false, false)]
    public void Targets_are_public_https_and_loopback_or_http_only_in_development(string url, bool inDevelopment, bool inProduction)
    {
        Assert.Equal(inDevelopment, new WebhookUrlPolicy(new Environment("Development")).Reject(url) is null);
        Assert.Equal(inProduction, new WebhookUrlPolicy(new Environment("Production")).Reject(url) is null);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Notification";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
