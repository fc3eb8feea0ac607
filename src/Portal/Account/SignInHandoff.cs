using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using NetworkingPlatform.Portal.Gateway;

namespace NetworkingPlatform.Portal.Account;

/// <summary>
/// Sign-in happens in an interactive circuit, which cannot set cookies; it leaves the signed-in account here under a
/// random one-time code for a minute, and the browser's next request (<see cref="AccountEndpoints"/>) turns it into the cookie.
/// </summary>
public sealed class SignInHandoff(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Leave(SignedIn signedIn)
    {
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        cache.Set(Key(code), signedIn, Lifetime);
        return code;
    }

    public SignedIn? Take(string code)
    {
        if (cache.TryGetValue(Key(code), out SignedIn? signedIn))
        {
            cache.Remove(Key(code));
            return signedIn;
        }

        return null;
    }

    private static string Key(string code) => $"sign-in-handoff:{code}";
}
