using Aspire.Hosting.ApplicationModel;

namespace NetworkingPlatform.AppHost;

public static class DemoMailbox
{
    /// <summary>
    /// Lets the Mailboxes service fill the local Dovecot's demo mailbox (seeds/email) when run.sh passes the local test
    /// account (the <c>mail-password</c> parameter, from the credentials file). Without it, as in test runs, nothing is seeded.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithDemoMailbox(this IResourceBuilder<ProjectResource> mailboxes)
    {
        var builder = mailboxes.ApplicationBuilder;
        if (string.IsNullOrEmpty(builder.Configuration["Parameters:mail-password"]))
        {
            return mailboxes;
        }

        var password = builder.AddParameter("mail-password", secret: true);
        return mailboxes
            .WithEnvironment("Seed__DemoMailbox__Host", builder.Configuration["DemoMailbox:Host"] ?? "127.0.0.1")
            .WithEnvironment("Seed__DemoMailbox__Port", builder.Configuration["DemoMailbox:Port"] ?? "10143")
            .WithEnvironment("Seed__DemoMailbox__UserName", builder.Configuration["DemoMailbox:UserName"] ?? "demo@conecta.example")
            .WithEnvironment("Seed__DemoMailbox__Password", password)
            .WithEnvironment("Seed__DemoMailbox__Directory", Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "seeds", "email")));
    }
}
