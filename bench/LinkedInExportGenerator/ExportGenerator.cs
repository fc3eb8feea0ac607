using System.Globalization;
using System.IO.Compression;
using System.Text;
using Bogus;
using nietras.SeparatedValues;

namespace NetworkingPlatform.LinkedInExportGenerator;

/// <summary>
/// Writes a synthetic LinkedIn data export — fictional people only — as the ZIP LinkedIn delivers, streaming every
/// file so exports of any size take little memory. The same spec always gives the same export.
/// </summary>
public sealed class ExportGenerator
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly ExportSpec spec;
    private readonly Random random;
    private readonly Faker spanish;
    private readonly Faker english;
    private readonly Person member;
    private readonly List<Person> connections = [];
    private readonly List<Person> strangers = [];

    private ExportGenerator(ExportSpec spec)
    {
        this.spec = spec;
        random = new Random(spec.Seed);
        spanish = new Faker("es") { Random = new Randomizer(spec.Seed) };
        english = new Faker("en") { Random = new Randomizer(spec.Seed + 1) };
        member = NewPerson(spanishSpeaking: true);
        for (var i = 0; i < spec.Connections; i++)
        {
            connections.Add(NewPerson(random.NextDouble() < 0.5) with { ConnectedOn = Now.AddDays(-random.Next(1, 2000)) });
        }

        for (var i = 0; i < Math.Max(10, spec.Invitations); i++)
        {
            strangers.Add(NewPerson(random.NextDouble() < 0.5));
        }
    }

    public static ExportManifest Write(Stream output, ExportSpec spec) => new ExportGenerator(spec).Write(output);

    public static ExportManifest WriteFile(string path, ExportSpec spec)
    {
        using var file = File.Create(path);
        return Write(file, spec);
    }

    private ExportManifest Write(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var connectionRows = WriteConnections(zip);
        var (messageRows, importable, drafts, sponsored, spam) = WriteMessages(zip);
        var (invitationRows, pending, accepted) = WriteInvitations(zip);
        WriteProfile(zip);
        var positions = WritePositions(zip);
        var skills = WriteSkills(zip);
        List<string> ignored = [];
        if (spec.Quirks)
        {
            ignored.Add("Ad_Targeting.csv");
            using var writer = Entry(zip, "Ad_Targeting.csv", bom: false);
            writer.Write("Member Age,Company Names\n25 to 34,Ejemplo S.A.\n");
        }

        return new ExportManifest(member.Slug, messageRows, importable, drafts, sponsored, spam, connectionRows, invitationRows, pending, accepted, positions, skills, ignored);
    }

    private int WriteConnections(ZipArchive zip)
    {
        using var writer = Entry(zip, "Connections.csv", bom: spec.Quirks);
        if (spec.Quirks)
        {
            writer.Write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address.\"\n\n");
        }

        using var csv = Csv(writer);
        foreach (var person in connections)
        {
            using var row = csv.NewRow();
            row["First Name"].Set(person.FirstName);
            row["Last Name"].Set(person.LastName);
            row["URL"].Set(person.Url);
            row["Email Address"].Set(random.NextDouble() < 0.2 ? $"{person.Slug}@example.org" : string.Empty);
            row["Company"].Set(person.Company);
            row["Position"].Set(person.Position);
            row["Connected On"].Set(person.ConnectedOn!.Value.ToString("dd MMM yyyy", English));
        }

        return connections.Count;
    }

    private (int Rows, int Importable, int Drafts, int Sponsored, int Spam) WriteMessages(ZipArchive zip)
    {
        using var writer = Entry(zip, "messages.csv", bom: spec.Quirks);
        using var csv = Csv(writer);
        int rows = 0, importable = 0, drafts = 0, sponsored = 0, spam = 0, conversation = 0;
        while (rows < spec.Messages)
        {
            conversation++;
            var conversationId = $"2-{Convert.ToBase64String(BitConverter.GetBytes(spec.Seed * 1_000_003L + conversation)).TrimEnd('=')}==";
            var quirk = spec.Quirks ? random.NextDouble() : 1.0;
            if (quirk < 0.02)
            {
                WriteMessage(csv, conversationId, Sponsor, member, "offer", Now.AddDays(-random.Next(1, 900)), folder: "INBOX", draft: false);
                rows++;
                sponsored++;
                continue;
            }

            var counterpart = random.NextDouble() < 0.85 ? connections[random.Next(connections.Count)] : strangers[random.Next(strangers.Count)];
            var isSpam = quirk < 0.03 && !spec.OlderExport;
            var length = 1 + random.Next(Math.Min(6, spec.Messages - rows));
            var at = Now.AddDays(-random.Next(1, 1000)).AddMinutes(random.Next(0, 1440));
            var from = random.NextDouble() < 0.5 ? counterpart : member;
            for (var i = 0; i < length && rows < spec.Messages; i++)
            {
                var to = from == member ? counterpart : member;
                var kind = i == 0 ? Pick(Phrases.OpeningKinds) : Pick(Phrases.AnswerKinds);
                var isDraft = spec.Quirks && !spec.OlderExport && i == length - 1 && from == member && random.NextDouble() < 0.05;
                WriteMessage(csv, conversationId, from, to, kind, at, isSpam ? "SPAM" : Pick(["INBOX", "INBOX", "ARCHIVE", string.Empty]), isDraft);
                rows++;
                if (isDraft) drafts++;
                else if (isSpam) spam++;
                else importable++;
                at = at.AddMinutes(random.Next(3, 60 * 24 * 5));
                from = to;
            }
        }

        return (rows, importable, drafts, sponsored, spam);
    }

    private void WriteMessage(SepWriter csv, string conversationId, Person from, Person to, string kind, DateTimeOffset at, string folder, bool draft)
    {
        var text = Text(to, kind, from.SpanishSpeaking);
        using var row = csv.NewRow();
        row["CONVERSATION ID"].Set(conversationId);
        if (!spec.OlderExport)
        {
            row["CONVERSATION TITLE"].Set(string.Empty);
        }

        row["FROM"].Set(from.FullName);
        row["SENDER PROFILE URL"].Set(from.Url);
        row["TO"].Set(to.FullName);
        row["RECIPIENT PROFILE URLS"].Set(to.Url);
        row["DATE"].Set(at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", English));
        row["SUBJECT"].Set(kind == "offer" && random.NextDouble() < 0.5 ? (from.SpanishSpeaking ? "Propuesta" : "Proposal") : string.Empty);
        row["CONTENT"].Set(text);
        if (!spec.OlderExport)
        {
            row["FOLDER"].Set(folder);
            row["ATTACHMENTS"].Set(string.Empty);
            row["IS MESSAGE DRAFT"].Set(draft ? "Yes" : "No");
            row["IS CONVERSATION DRAFT"].Set("No");
        }
    }

    private (int Rows, int PendingIncoming, int Accepted) WriteInvitations(ZipArchive zip)
    {
        using var writer = Entry(zip, "Invitations.csv", bom: false);
        using var csv = Csv(writer);
        int pending = 0, accepted = 0;
        for (var i = 0; i < spec.Invitations; i++)
        {
            var incoming = random.NextDouble() < 0.6;
            var connected = random.NextDouble() < 0.4;
            var other = connected ? connections[random.Next(connections.Count)] : strangers[i % strangers.Count];
            var (inviter, invitee) = incoming ? (other, member) : (member, other);
            var sentAt = Now.AddDays(-random.Next(1, 400)).AddMinutes(random.Next(0, 1440));
            if (connected && other.ConnectedOn < sentAt)
            {
                sentAt = other.ConnectedOn.Value.AddMinutes(-random.Next(60, 60 * 24 * 20));
            }

            var time = sentAt.ToString("M/d/yy, h:mm tt", English);
            if (spec.Quirks && random.NextDouble() < 0.3)
            {
                time = time.Replace(" AM", "\u202FAM").Replace(" PM", "\u202FPM");
            }

            using var row = csv.NewRow();
            row["From"].Set(inviter.FullName);
            row["To"].Set(invitee.FullName);
            row["Sent At"].Set(time);
            row["Message"].Set(random.NextDouble() < 0.5 ? Text(invitee, "greeting", inviter.SpanishSpeaking) : string.Empty);
            row["Direction"].Set(incoming ? "INCOMING" : "OUTGOING");
            row["inviterProfileUrl"].Set(inviter.Url);
            row["inviteeProfileUrl"].Set(invitee.Url);
            if (connected) accepted++;
            else if (incoming) pending++;
        }

        return (spec.Invitations, pending, accepted);
    }

    private void WriteProfile(ZipArchive zip)
    {
        using var writer = Entry(zip, "Profile.csv", bom: false);
        using var csv = Csv(writer);
        using var row = csv.NewRow();
        row["First Name"].Set(member.FirstName);
        row["Last Name"].Set(member.LastName);
        row["Maiden Name"].Set(string.Empty);
        row["Address"].Set(string.Empty);
        row["Birth Date"].Set(string.Empty);
        row["Headline"].Set($"{member.Position} en {member.Company} | Datos, producto y equipos remotos");
        row["Summary"].Set("Ayudo a empresas de LATAM a tomar decisiones con datos.\nMentora de mujeres en tecnología.");
        row["Industry"].Set("Tecnología de la información");
        row["Zip Code"].Set(string.Empty);
        row["Geo Location"].Set("Ciudad de México, México");
        row["Twitter Handles"].Set(string.Empty);
        row["Websites"].Set(string.Empty);
        row["Instant Messengers"].Set(string.Empty);
    }

    private int WritePositions(ZipArchive zip)
    {
        using var writer = Entry(zip, "Positions.csv", bom: false);
        using var csv = Csv(writer);
        var start = new DateTime(2014, 3, 1);
        for (var i = 0; i < 3; i++)
        {
            using var row = csv.NewRow();
            row["Company Name"].Set(spanish.Company.CompanyName());
            row["Title"].Set(Pick(["Analista de datos", "Data Engineer", "Líder de producto", "Head of Analytics"]));
            row["Description"].Set(Pick(["Construí el data warehouse, y el equipo de BI.", "Lideré un equipo de 6 personas; \"data mesh\" en producción."]));
            row["Location"].Set("Ciudad de México");
            row["Started On"].Set(start.AddYears(i * 3).ToString("MMM yyyy", English));
            row["Finished On"].Set(i == 2 ? string.Empty : start.AddYears(i * 3 + 3).ToString("MMM yyyy", English));
        }

        return 3;
    }

    private int WriteSkills(ZipArchive zip)
    {
        using var writer = Entry(zip, "Skills.csv", bom: false);
        using var csv = Csv(writer);
        string[] skills = ["SQL", "Python", "Análisis de datos", "Power BI", "Liderazgo de equipos", "dbt", "Product Management", "Negociación"];
        foreach (var skill in skills)
        {
            using var row = csv.NewRow();
            row["Name"].Set(skill);
        }

        return skills.Length;
    }

    private string Text(Person to, string kind, bool inSpanish)
    {
        var phrases = (inSpanish ? Phrases.Spanish : Phrases.English)[kind];
        return Pick(phrases).Replace("{name}", to.FirstName).Replace("{topic}", Pick(Phrases.Topics));
    }

    private Person NewPerson(bool spanishSpeaking)
    {
        var faker = spanishSpeaking ? spanish : english;
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var slug = $"{Ascii($"{first}-{last}")}-{random.Next(0x1000, 0xFFFFF):x}";
        // Some exports write profile URLs with capitals and a trailing slash; people are keyed by the lowercased slug.
        var url = spec.Quirks && random.NextDouble() < 0.1
            ? $"https://www.linkedin.com/in/{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug)}/"
            : $"https://www.linkedin.com/in/{slug}";
        return new Person(first, last, slug, url, faker.Company.CompanyName(), faker.Name.JobTitle(), spanishSpeaking, null);
    }

    private static string Ascii(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-').ToArray();
        return new string(kept);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static readonly Person Sponsor = new("LinkedIn", "Premium", string.Empty, string.Empty, "LinkedIn", string.Empty, false, null);

    private static StreamWriter Entry(ZipArchive zip, string name, bool bom) =>
        new(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom));

    private static SepWriter Csv(TextWriter writer) => Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
}
