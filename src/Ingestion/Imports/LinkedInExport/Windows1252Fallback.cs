namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// Decodes what is not valid UTF-8 as Windows-1252, byte by byte, and counts the bytes it did so for. Files re-saved
/// from Excel are often Windows-1252 (or Latin-1, its subset); decoding them as UTF-8 would store U+FFFD for every
/// accented letter. Valid UTF-8 around them is read as UTF-8, so a file that mixes both keeps both.
/// </summary>
public sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly char[] HighHalf = Windows1252HighHalf();

    public long BytesDecoded { get; private set; }

    public override int MaxCharCount => 4;

    /// <summary>UTF-8 whose invalid bytes fall back to Windows-1252, counted by a fallback of its own.</summary>
    public static (Encoding Encoding, Windows1252Fallback Fallback) Utf8WithFallback()
    {
        var fallback = new Windows1252Fallback();
        return (Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ExceptionFallback, fallback), fallback);
    }

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private static char[] Windows1252HighHalf()
    {
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = new byte[128];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(0x80 + i);
        }

        return windows1252.GetChars(bytes);
    }

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private readonly char[] chars = new char[4];
        private int count;
        private int next;

        public override int Remaining => count - next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            count = 0;
            next = 0;
            foreach (var b in bytesUnknown)
            {
                chars[count++] = b < 0x80 ? (char)b : HighHalf[b - 0x80];
            }

            owner.BytesDecoded += bytesUnknown.Length;
            return count > 0;
        }

        public override char GetNextChar() => next < count ? chars[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0)
            {
                return false;
            }

            next--;
            return true;
        }

        public override void Reset() => count = next = 0;
    }
}
