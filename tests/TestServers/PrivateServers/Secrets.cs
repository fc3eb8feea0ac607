using System.Security.Cryptography;

namespace NetworkingPlatform.TestServers.PrivateServers;

internal static class Secrets
{
    /// <summary>32 random hexadecimal characters: safe in a connection string, a URI and a configuration file alike.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
