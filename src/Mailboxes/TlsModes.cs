using MailKit.Security;

namespace NetworkingPlatform.Mailboxes;

/// <summary>How a connection to the IMAP server is secured.</summary>
public static class TlsModes
{
    /// <summary>TLS from the first byte (port 993).</summary>
    public const string Tls = "tls";

    /// <summary>Plain text upgraded with STARTTLS, refused if the server cannot (port 143).</summary>
    public const string StartTls = "starttls";

    /// <summary>TLS on 993, else STARTTLS when the server offers it.</summary>
    public const string Auto = "auto";

    /// <summary>No encryption: allowed only for a server on this machine (loopback), such as the development Dovecot.</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Tls, StartTls, Auto, None];

    public static SecureSocketOptions Socket(string mode) => mode switch
    {
        Tls => SecureSocketOptions.SslOnConnect,
        StartTls => SecureSocketOptions.StartTls,
        None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}
