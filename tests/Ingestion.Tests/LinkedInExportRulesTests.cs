using System.Text;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;

namespace NetworkingPlatform.Ingestion.Tests;

public sealed class LinkedInExportRulesTests
{
    private const string Marta = "https://www.linkedin.com/in/marta-lopez";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://www.linkedin.com/in/Ana-Garc%C3%ADa-4B2A/", "ana-garcía-4b2a")]
    [InlineData("http://linkedin.com/in/luis?trk=x", "luis")]
    [InlineData("www.linkedin.com/in/pedro-gil", "pedro-gil")]
    [InlineData("https://www.linkedin.com/in/sofía-ruiz#about", "sofía-ruiz")]
    [InlineData("https://www.linkedin.com/in/%20rosa-vega%20/", "rosa-vega")]
    [InlineData("https://www.linkedin.com/IN/Tomas-Paz", "tomas-paz")]
    public void People_are_keyed_by_the_lowercased_slug_of_their_profile_url(string url, string slug)
    {
        Assert.True(ProfileUrl.TrySlug(url, out var found));
        Assert.Equal(slug, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://www.linkedin.com/company/acme")]
    [InlineData("https://www.linkedin.com/in/")]
    [InlineData("https://www.linkedin.com/in/%20/")]
    [InlineData("https://www.linkedin.com/in/<b>luis</b>")]
    [InlineData("https://www.linkedin.com/in/luis%22onmouseover%3D%22x")]
    [InlineData("https://www.linkedin.com/in/ana%20garcia")]
    public void A_url_without_a_member_slug_or_with_one_that_is_no_handle_names_nobody(string url) => Assert.False(ProfileUrl.TrySlug(url, out _));

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_after_a_byte_order_mark_and_counted()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        byte[] csv = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Name\nmañana €\n"), .. windows1252.GetBytes("¿Podemos hablar mañana? 20 €\n")];

        using var sheet = CsvSheet.Open(new MemoryStream(csv), ["Name"]);
        var rows = sheet.Rows().ToList();

        Assert.Equal(["mañana €", "¿Podemos hablar mañana? 20 €"], rows.Select(r => r.Value!.Get("Name")));
        Assert.Equal(3, sheet.BytesReadAsWindows1252);
        Assert.Equal(0, sheet.RowsWithReplacementCharacter);
    }

    [Theory]
    [InlineData("2025-06-01 14:03:22 UTC", "2025-06-01T14:03:22Z")]
    [InlineData("2025-06-01 14:03:22", "2025-06-01T14:03:22Z")]
    public void Message_dates(string text, string expected)
    {
        Assert.True(LinkedInDates.TryMessageDate(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected), date);
    }

    [Theory]
    [InlineData("1/29/26, 2:37 PM", "2026-01-29T14:37:00Z")]
    [InlineData("12/3/25, 9:05\u202FAM", "2025-12-03T09:05:00Z")]
    public void Invitation_dates_with_or_without_a_narrow_no_break_space(string text, string expected)
    {
        Assert.True(LinkedInDates.TryInvitationDate(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected), date);
    }

    [Fact]
    public void Connection_and_position_dates()
    {
        Assert.True(LinkedInDates.TryConnectionDate("08 Feb 2026", out var connected));
        Assert.Equal(new DateTimeOffset(2026, 2, 8, 0, 0, 0, TimeSpan.Zero), connected);
        Assert.Equal(new DateOnly(2021, 3, 1), LinkedInDates.MonthOrNull("Mar 2021"));
        Assert.Null(LinkedInDates.MonthOrNull("pronto"));
        Assert.False(LinkedInDates.TryConnectionDate("2026-02-30", out _));
    }

    [Theory]
    [InlineData("Basic_LinkedInDataExport/messages.csv", ExportFileKind.Messages)]
    [InlineData("INVITATIONS.CSV", ExportFileKind.Invitations)]
    [InlineData("Connections.csv", ExportFileKind.Connections)]
    [InlineData("Ad_Targeting.csv", ExportFileKind.Unknown)]
    public void Export_files_are_recognised_by_name_whatever_their_case_or_folder(string name, ExportFileKind kind) =>
        Assert.Equal(kind, ExportFileNames.KindOf(name));

    [Fact]
    public void The_header_is_found_below_a_preamble_and_columns_are_read_by_name_in_any_order()
    {
        var rows = Read("Notes:\n\"Some, notes\"\n\nURL,Connected On,First Name,Last Name\nhttps://www.linkedin.com/in/x,08 Feb 2026,Ana,Ruiz\n", ConnectionRows.RequiredColumns);

        var row = Assert.Single(rows).Value!;
        Assert.Equal((5, "Ana", "08 Feb 2026"), (row.Line, row.Get("first name"), row.Get("Connected On")));
    }

    [Fact]
    public void A_missing_required_column_reports_every_row_by_line()
    {
        var rows = Read("CONVERSATION ID,FROM,DATE,CONTENT\nc1,Ana,2025-01-01 00:00:00 UTC,hola\nc2,Ana,2025-01-01 00:00:00 UTC,hola\n", MessageRows.RequiredColumns);

        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Contains("SENDER PROFILE URL", r.ProblemReason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_row_is_read_once_with_a_stable_id_and_drafts_are_not_messages()
    {
        var header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,IS MESSAGE DRAFT\n";
        var rows = Read(header + $"c1,Luis,https://www.linkedin.com/in/luis,Marta,{Marta},2025-06-01 10:00:00 UTC,¿Hablamos?,No\n" +
                        $"c1,Marta,{Marta},Luis,https://www.linkedin.com/in/luis,2025-06-01 11:00:00 UTC,borrador,Yes\n", MessageRows.RequiredColumns);

        var first = MessageRows.Read(rows[0].Value!, Now);
        var again = MessageRows.Read(rows[0].Value!, Now);
        var draft = MessageRows.Read(rows[1].Value!, Now);

        Assert.Equal(("luis", "marta-lopez", "question"), (first.Value!.From, first.Value.To.Single(), first.Value.Kind));
        Assert.Equal(first.Value.MessageId, again.Value!.MessageId);
        Assert.Null(draft.Value);
        Assert.Contains("draft", draft.SkipReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_incoming_invitation_is_accepted_when_the_inviter_is_a_connection_and_pending_otherwise()
    {
        var rows = Read($"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n" +
                        $"Luis,Marta,\"1/29/26, 2:37 PM\",,INCOMING,https://www.linkedin.com/in/luis,{Marta}\n" +
                        $"Ana,Marta,\"1/30/26, 2:37 PM\",,INCOMING,https://www.linkedin.com/in/ana,{Marta}\n" +
                        $"Ana,Marta,\"1/30/26, 2:37 PM\",,SIDEWAYS,https://www.linkedin.com/in/ana,{Marta}\n", InvitationRows.RequiredColumns);
        DateTimeOffset? ConnectedOn(string slug) => slug == "luis" ? new DateTimeOffset(2026, 2, 8, 0, 0, 0, TimeSpan.Zero) : null;

        var accepted = InvitationRows.Read(rows[0].Value!, "marta-lopez", ConnectedOn, Now).Value!;
        var pending = InvitationRows.Read(rows[1].Value!, "marta-lopez", ConnectedOn, Now).Value!;
        var invalid = InvitationRows.Read(rows[2].Value!, "marta-lopez", ConnectedOn, Now);

        Assert.Equal(new DateTimeOffset(2026, 2, 8, 0, 0, 0, TimeSpan.Zero), accepted.AcceptedAt);
        Assert.Equal(("ana", "marta-lopez", (DateTimeOffset?)null), (pending.From, pending.To, pending.AcceptedAt));
        Assert.Contains("SIDEWAYS", invalid.SkipReason, StringComparison.Ordinal);
    }

    private static List<SheetRowOrProblem> Read(string csv, IReadOnlyList<string> required)
    {
        using var sheet = CsvSheet.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), required);
        return [.. sheet.Rows()];
    }
}
