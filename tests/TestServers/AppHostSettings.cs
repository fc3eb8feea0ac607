namespace NetworkingPlatform.TestServers;

/// <summary>What the AppHost needs to run the whole platform on given servers: their connection strings and its secret parameters.</summary>
public static class AppHostSettings
{
    public static Dictionary<string, string?> For(string postgres, string rabbitMq, string signingKey, string demoApiKey, string demoPassword) => new()
    {
        ["ConnectionStrings:postgres"] = postgres,
        ["ConnectionStrings:rabbitmq"] = rabbitMq,
        ["Parameters:identity-signing-key"] = signingKey,
        ["Parameters:demo-api-key"] = demoApiKey,
        ["Parameters:demo-password"] = demoPassword,
        ["Parameters:mailbox-key"] = NewMailboxKey(),
    };

    /// <summary>A platform run's own key-encryption key for mailbox passwords: what it encrypts lives only as long as its database.</summary>
    private static string NewMailboxKey() => Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
}
