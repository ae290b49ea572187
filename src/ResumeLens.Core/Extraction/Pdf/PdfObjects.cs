namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>A PDF name object such as /Type; names used as dictionary keys are plain strings.</summary>
internal sealed class PdfName(string value)
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

/// <summary>A PDF string object kept as raw bytes, because its encoding depends on where it is used.</summary>
internal sealed class PdfString(byte[] bytes, bool isHex = false)
{
    public byte[] Bytes { get; set; } = bytes;

    public bool IsHex { get; } = isHex;
}

/// <summary>An indirect reference "N G R".</summary>
internal readonly record struct PdfRef(int Number, int Generation);

/// <summary>A bare keyword in a content stream (an operator) or in file structure.</summary>
internal sealed class PdfKeyword(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}

/// <summary>A PDF array.</summary>
internal sealed class PdfArray : List<object?>
{
    public PdfArray()
    {
    }

    public PdfArray(int capacity)
        : base(capacity)
    {
    }
}

/// <summary>A PDF dictionary keyed by name without the leading slash.</summary>
internal sealed class PdfDictionary : Dictionary<string, object?>
{
    public PdfDictionary()
        : base(StringComparer.Ordinal)
    {
    }

    public string? GetName(string key) => TryGetValue(key, out var v) && v is PdfName n ? n.Value : null;
}

/// <summary>A stream: its dictionary plus the location of its still-encoded bytes in the file.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> raw, PdfRef owner)
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> Raw { get; } = raw;

    /// <summary>The indirect object holding the stream; needed for per-object decryption keys.</summary>
    public PdfRef Owner { get; } = owner;
}

/// <summary>Object number, generation and where it lives: at a file offset or inside an object stream.</summary>
internal readonly record struct XrefEntry(long Offset, int Generation, int StreamNumber, int IndexInStream, bool InUse)
{
    public bool Compressed => StreamNumber > 0;
}
