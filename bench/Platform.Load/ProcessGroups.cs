namespace NetworkingPlatform.Platform.Load;

/// <summary>What a process of the platform is, by the executable it runs: a service by its name, or the part it plays.</summary>
public static class ProcessGroups
{
    public static readonly IReadOnlyList<string> Services = ["Gateway", "Ingestion", "ResponseTracking", "OpportunityMatching", "Notification", "Mailboxes", "Portal"];

    public static string Of(ProcessEntry process)
    {
        var executable = process.Arguments.Count > 0 ? Path.GetFileName(process.Arguments[0]) : process.Command;
        if (Services.Contains(executable))
        {
            return executable;
        }

        return executable switch
        {
            "Aspire.Dashboard" => "Aspire dashboard",
            "Rnwood.Smtp4dev" => "mail server (smtp4dev)",
            _ => "orchestration (AppHost, DCP)",
        };
    }
}
