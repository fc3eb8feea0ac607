using nietras.SeparatedValues;

namespace NetworkingPlatform.Ingestion.Classification;

/// <summary>Reads a labelled set of <c>seeds/classification</c> (columns <c>text,kind,needs_reply,language</c>).</summary>
public static class LabelledMessages
{
    public static List<LabelledMessage> Read(string path)
    {
        using var csv = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<LabelledMessage>();
        foreach (var row in csv)
        {
            rows.Add(new LabelledMessage(
                row["text"].ToString(),
                row["kind"].ToString(),
                bool.Parse(row["needs_reply"].ToString()),
                row["language"].ToString()));
        }

        return rows;
    }
}
