using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NetworkingPlatform.Notification.Extensions;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>
/// Signs and checks the one-click answer links put in emails: the grant, base64url, a dot, and an HMAC-SHA256 of it
/// under a key derived from the platform's signing key (derived, so a link can never pass for a service identity).
/// </summary>
public sealed class AnswerLinks(IConfiguration configuration, IOptions<NotificationOptions> options)
{
    private readonly byte[] key = HMACSHA256.HashData(
        GatewayIdentityExtensions.SigningKey(configuration).Key, Encoding.UTF8.GetBytes("one-click-answer-links"));

    public Uri LinkFor(AnswerGrant grant) => new(options.Value.PublicBaseUrl, $"api/v1/answers/{Issue(grant)}");

    public string Issue(AnswerGrant grant)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(grant));
        return $"{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)))}";
    }

    /// <summary>The grant, when the token is well formed and its signature holds; expiry is the caller's decision.</summary>
    public AnswerGrant? Read(string token)
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
            return JsonSerializer.Deserialize<AnswerGrant>(Base64Url.DecodeFromChars(parts[0]));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
