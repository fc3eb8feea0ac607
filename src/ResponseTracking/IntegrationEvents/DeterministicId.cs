using System.Security.Cryptography;
using System.Text;

namespace NetworkingPlatform.ResponseTracking.IntegrationEvents;

/// <summary>Ids derived from a stored event, so that republishing after a crash repeats the same id.</summary>
public static class DeterministicId
{
    public static Guid From(Guid source, string purpose)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(purpose.Length)];
        source.TryWriteBytes(input);
        var written = Encoding.UTF8.GetBytes(purpose, input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input[..(16 + written)], hash);
        return new Guid(hash[..16]);
    }
}
