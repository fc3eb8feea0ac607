namespace NetworkingPlatform.LinkedInExportGenerator;

/// <summary>
/// What to generate. <see cref="Quirks"/> adds what real exports contain besides clean rows: drafts, sponsored
/// InMail without a sender URL, spam, multi-line text, byte-order marks, the Connections notes preamble, a narrow
/// no-break space in invitation times, a file the platform ignores. <see cref="OlderExport"/> leaves out the
/// columns newer exports added.
/// </summary>
public sealed record ExportSpec(int Seed, int Messages, int Connections, int Invitations, bool Quirks = true, bool OlderExport = false)
{
    public static ExportSpec Demo => new(Seed: 2026, Messages: 400, Connections: 60, Invitations: 30);
}
