using System.Text.RegularExpressions;

namespace NetworkingPlatform.Deploy.Tests;

/// <summary>What a setting that must never be written into a manifest looks like.</summary>
public static partial class SecretLooking
{
    /// <summary>A name that says it holds a secret: keys, passwords, tokens, and connection strings (they carry credentials).</summary>
    public static bool Name(string name) => SecretName().IsMatch(name);

    /// <summary>A value that carries a credential whatever its name: a connection string's password or a URL's user and password.</summary>
    public static bool Value(string value) =>
        value.Contains("password=", StringComparison.OrdinalIgnoreCase)
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':'));

    [GeneratedRegex("key|secret|password|token|connectionstrings|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
