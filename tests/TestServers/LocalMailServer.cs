namespace NetworkingPlatform.TestServers;

/// <summary>
/// The machine's Dovecot that scripts/infra.sh runs on loopback: any user name logs in with <see cref="Password"/>, so
/// each test takes a mailbox of its own by choosing a new user name.
/// </summary>
public sealed record LocalMailServer(string Host, int Port, string Password)
{
    public static LocalMailServer Load()
    {
        var values = LocalServers.ReadCredentialsFile();
        string Get(string name) => Environment.GetEnvironmentVariable(name) ?? values.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"{name} is not set: run scripts/infra.sh, which starts the mail server and writes its password.");
        return new LocalMailServer(Get("NP_MAIL_HOST"), int.Parse(Get("NP_MAIL_PORT")), Get("NP_MAIL_PASSWORD"));
    }

    public string NewUserName() => $"t-{Guid.NewGuid():N}@mail.test";
}
