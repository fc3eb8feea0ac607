using Aspire.Hosting.ApplicationModel;

namespace NetworkingPlatform.AppHost;

public static class DevelopmentMailServer
{
    /// <summary>
    /// smtp4dev (the dotnet tool of the repository's manifest) as a real mail server for development: it keeps every
    /// email in memory and shows them in its web UI, linked from the dashboard. Both listen on loopback only.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddDevelopmentMailServer(this IDistributedApplicationBuilder builder, string name)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var mail = builder.AddExecutable(name, "dotnet", repositoryRoot, "tool", "run", "smtp4dev", "--")
            .WithHttpEndpoint(name: "http")
            .WithEndpoint(name: "smtp", scheme: "tcp");
        var web = mail.GetEndpoint("http");
        var smtp = mail.GetEndpoint("smtp");
        return mail
            .WithArgs(context =>
            {
                context.Args.Add(ReferenceExpression.Create($"--urls=http://127.0.0.1:{web.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add(ReferenceExpression.Create($"--smtpport={smtp.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add("--bindaddress=127.0.0.1");
                context.Args.Add("--hostname=localhost");
                context.Args.Add("--db=");
                context.Args.Add("--imapport=");
                context.Args.Add("--pop3port=");
                context.Args.Add("--nousersettings");
            })
            .WithUrlForEndpoint("http", url => url.DisplayText = "Mailbox (smtp4dev)")
            .WithHttpHealthCheck(endpointName: "http");
    }

    /// <summary>Points a service's MailKit sender at the development mail server.</summary>
    public static IResourceBuilder<ProjectResource> WithMailServer(this IResourceBuilder<ProjectResource> service, IResourceBuilder<ExecutableResource> mail)
    {
        var smtp = mail.GetEndpoint("smtp");
        return service
            .WithEnvironment("Smtp__Host", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Smtp__Port", smtp.Property(EndpointProperty.Port));
    }
}
