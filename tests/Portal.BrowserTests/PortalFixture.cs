using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using NetworkingPlatform.TestServers;
using NetworkingPlatform.TestServers.Contract;

namespace NetworkingPlatform.Portal.BrowserTests;

/// <summary>
/// The whole platform started by the AppHost on a database and vhost of its own, and Debian's Chromium driven by
/// Playwright (never a downloaded browser), once per test collection.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private static readonly string[] ChromiumArguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IsolatedInfrastructure infrastructure = new();
    private readonly ConcurrentQueue<string> policyViolations = new();
    private IPlaywright? playwright;

    public DistributedApplication App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri PortalAddress { get; private set; } = null!;

    /// <summary>What Chromium refused to run or load on any page opened with <see cref="NewPage"/>, by the portal's Content-Security-Policy.</summary>
    public IReadOnlyList<string> PolicyViolations => [.. policyViolations];

    public string DemoApiKey { get; } = $"np_browser_{Guid.NewGuid():N}";

    public string DemoPassword { get; } = $"Demo-{Guid.NewGuid():N}";

    /// <summary>The key the portal signs browsers' addresses with, known here so that a test can speak for a browser.</summary>
    public string ForwardingKey { get; } = $"forwarding-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/infra.sh installs Debian's chromium package.");
        }

        await infrastructure.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, settings) => settings.Configuration!.AddInMemoryCollection(
                new Dictionary<string, string?>(infrastructure.AppHostSettings(DemoApiKey, DemoPassword))
                {
                    ["Parameters:portal-forwarding-key"] = ForwardingKey,
                }));
        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("portal", timeout.Token);

        PortalAddress = App.GetEndpoint("portal", "http");

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>
    /// A fresh browser profile whose language is <paramref name="locale"/>, on a phone-sized screen when asked; the
    /// policy violations it reports join <see cref="PolicyViolations"/> unless the test provokes them itself.
    /// </summary>
    public async Task<IPage> NewPage(string locale, bool phone = false, bool recordPolicyViolations = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PortalAddress.ToString(),
            Locale = locale,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (recordPolicyViolations && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>The Gateway, every answer checked against the committed contract (<see cref="ContractCheck"/>).</summary>
    public HttpClient GatewayClient(string apiKey)
    {
        var client = ContractCheck.Client(App.GetEndpoint("gateway", "http"));
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "the portal in Chromium against the platform";
}
