using System.Security.Cryptography;

namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>
/// The signature header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" under the subscription secret&gt;</c>,
/// with one <c>v1</c> per secret in use (two while a rotated secret overlaps). Signing the timestamp with the body lets
/// receivers refuse replays older than a few minutes.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-NP-Signature";
    public const string IdHeader = "X-NP-Event-Id";
    public const string TypeHeader = "X-NP-Event-Type";

    public static string Sign(IEnumerable<string> secrets, long timestamp, string body) =>
        $"t={timestamp}," + string.Join(',', secrets.Select(secret =>
            $"v1={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")))}"));

    public static string NewSecret() => $"whsec_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
}
