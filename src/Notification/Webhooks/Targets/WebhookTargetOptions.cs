namespace NetworkingPlatform.Notification.Webhooks.Targets;

/// <summary>The "Webhooks" settings section: where webhooks may be sent.</summary>
public sealed class WebhookTargetOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets webhooks reach loopback addresses: for a receiver on the developer's own machine and for tests. Off by default.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>
    /// Host names answered without asking DNS, each with its addresses separated by commas (like a hosts file). The
    /// addresses are checked like any other; tests use these entries instead of DNS.
    /// </summary>
    public Dictionary<string, string> Hosts { get; set; } = [];
}
