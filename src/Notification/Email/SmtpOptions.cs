namespace NetworkingPlatform.Notification.Email;

/// <summary>The "Smtp" settings section: the mail server emails are handed to.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "NetworkingPlatform <no-reply@networkingplatform.local>";
}
