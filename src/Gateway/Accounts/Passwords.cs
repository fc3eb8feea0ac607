using Microsoft.AspNetCore.Identity;

namespace NetworkingPlatform.Gateway.Accounts;

/// <summary>Passwords are hashed with ASP.NET Core Identity's hasher (PBKDF2, salted, versioned).</summary>
public sealed class Passwords
{
    public const int MinLength = 10;
    public const int MaxLength = 200;

    private readonly PasswordHasher<Account> hasher = new();

    /// <summary>A hash no password matches, verified when the email is unknown so that the answer takes as long.</summary>
    private readonly string decoyHash;

    public Passwords() => decoyHash = hasher.HashPassword(new Account(), Guid.NewGuid().ToString());

    public static string? Problem(string? password) => password switch
    {
        null or "" => "A password is required.",
        { Length: < MinLength } => $"The password must have at least {MinLength} characters.",
        { Length: > MaxLength } => $"The password must have at most {MaxLength} characters.",
        _ => null,
    };

    public string Hash(Account account, string password) => hasher.HashPassword(account, password);

    public bool Verify(Account? account, string password)
    {
        if (account is null)
        {
            hasher.VerifyHashedPassword(new Account(), decoyHash, password);
            return false;
        }

        return hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
