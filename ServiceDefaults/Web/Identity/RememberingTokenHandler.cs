using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>
/// Validates the Gateway's identity tokens, and keeps each valid one until it expires: the Gateway reuses a caller's
/// token for a minute, so a busy integration's requests pay one signature check instead of one each. An expired token
/// is never answered from here; the validation parameters are the service's own and do not change while it runs.
/// </summary>
internal sealed class RememberingTokenHandler : JsonWebTokenHandler
{
    private const int MaxTokensKept = 10_000;
    private readonly ConcurrentDictionary<string, TokenValidationResult> valid = new(StringComparer.Ordinal);

    public RememberingTokenHandler() => MapInboundClaims = false;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (valid.TryGetValue(token, out var known))
        {
            if (DateTime.UtcNow < known.SecurityToken.ValidTo)
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = known.ClaimsIdentity.Clone(),
                    SecurityToken = known.SecurityToken,
                    Issuer = known.Issuer,
                    TokenType = known.TokenType,
                };
            }

            valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (valid.Count >= MaxTokensKept)
            {
                valid.Clear();
            }

            valid[token] = result;
        }

        return result;
    }
}
