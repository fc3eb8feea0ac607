using System.Net.Mail;

namespace NetworkingPlatform.Gateway.Accounts;

public static class EmailAddresses
{
    public const int MaxLength = 254;

    public static string? Problem(string? email) =>
        string.IsNullOrWhiteSpace(email) ? "An email address is required."
        : email.Length > MaxLength ? $"The email address must have at most {MaxLength} characters."
        : MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim() ? null
        : $"'{email}' is not an email address.";
}
