using System.Buffers.Text;
using System.Security.Cryptography;

namespace NetworkingPlatform.Notification.Links;

/// <summary>
/// Tokens put in links that need no sign-in: a value as JSON, base64url, a dot, and an HMAC-SHA256 of it under a key
/// derived from the platform's signing key for one purpose (derived, so a link can never pass for a service identity,
/// nor a link of one purpose for another).
/// </summary>
public sealed class SignedTokens(byte[] key)
{
    public static SignedTokens For(IConfiguration configuration, string purpose) =>
        new(HMACSHA256.HashData(GatewayIdentityExtensions.SigningKey(configuration).Key, Encoding.UTF8.GetBytes(purpose)));

    public string Issue<T>(T value)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
        return $"{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)))}";
    }

    /// <summary>The value, when the token is well formed and its signature holds.</summary>
    public T? Read<T>(string token) where T : class
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[1])))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(parts[0]));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
