namespace NetworkingPlatform.Mailboxes.Connecting;

/// <summary>Names every problem of a connection request by its field, before anything is tried on the server.</summary>
public static class ConnectionRules
{
    public const int MaxFolders = 20;

    public static Dictionary<string, string[]> Check(ConnectMailboxRequest request, string? member)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (member is null)
        {
            errors["member"] = ["Name the member whose mailbox this is."];
        }

        if (string.IsNullOrWhiteSpace(request.Host) || request.Host.Length > 253 || Uri.CheckHostName(request.Host.Trim()) == UriHostNameType.Unknown)
        {
            errors["host"] = ["A host name or IP address is required, such as imap.example.org."];
        }

        if (request.Port is < 1 or > 65535)
        {
            errors["port"] = ["The port must be between 1 and 65535 (993 for TLS, 143 for STARTTLS)."];
        }

        var tls = request.Tls ?? TlsModes.Auto;
        if (!TlsModes.All.Contains(tls))
        {
            errors["tls"] = [$"Unknown TLS mode '{tls}'; expected one of: {string.Join(", ", TlsModes.All)}."];
        }
        else if (tls == TlsModes.None && request.Host is { } host && !IsLoopback(host.Trim()))
        {
            errors["tls"] = ["Without TLS the password would cross the network in clear: 'none' is allowed only for a server on this machine."];
        }

        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 320)
        {
            errors["userName"] = ["The user name is required (at most 320 characters)."];
        }

        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 1000)
        {
            errors["password"] = ["The password is required (at most 1,000 characters)."];
        }

        if (AddressOf(request) is null)
        {
            errors["address"] = [request.Address is null
                ? "The user name is no email address: give the member's address in this mailbox."
                : $"'{request.Address}' is no email address."];
        }

        if (request.Folders is { } folders)
        {
            if (folders.Count > MaxFolders)
            {
                errors["folders"] = [$"At most {MaxFolders} folders can be synced."];
            }
            else if (folders.Any(f => string.IsNullOrWhiteSpace(f) || f.Length > 200))
            {
                errors["folders"] = ["Each folder needs a name of at most 200 characters."];
            }
        }

        return errors;
    }

    public static string? AddressOf(ConnectMailboxRequest request)
    {
        var candidate = (request.Address ?? request.UserName)?.Trim();
        return candidate is { Length: > 0 and <= 320 } && MailboxAddress.TryParse(candidate, out var parsed) && parsed.Address.Contains('@')
            && parsed.Address == candidate
            ? candidate.ToLowerInvariant()
            : null;
    }

    public static int PortOf(ConnectMailboxRequest request) => request.Port ?? ((request.Tls ?? TlsModes.Auto) is TlsModes.Tls or TlsModes.Auto ? 993 : 143);

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
