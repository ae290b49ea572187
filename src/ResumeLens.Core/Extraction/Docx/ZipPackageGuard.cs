using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;

namespace ResumeLens.Core.Extraction.Docx;

/// <summary>
/// Inspects a ZIP-based document (DOCX, ODT) before any parser sees it: entry count, declared and
/// actual uncompressed sizes, XML nesting depth, and refuses DTDs so entity expansion never happens.
/// </summary>
internal static class ZipPackageGuard
{
    /// <summary>More entries than any real word-processing document has; many more suggests a hostile archive.</summary>
    public const int MaxEntries = 5_000;

    /// <summary>Real documents nest XML ~30 levels deep; far deeper only serves to exhaust the stack.</summary>
    public const int MaxXmlDepth = 256;

    public static ZipArchive Open(ReadOnlyMemory<byte> data, string formatName)
    {
        var stream = MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The {formatName} file is not a valid ZIP package: {ex.Message}", ex);
        }
    }

    /// <summary>Checks every entry; fully reads and validates the XML parts a reader will parse.</summary>
    public static void Check(ZipArchive zip, ExtractionContext context, string formatName)
    {
        var limits = context.Limits;
        var entries = zip.Entries;
        if (entries.Count > MaxEntries)
            throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                $"The {formatName} package has {entries.Count} entries; at most {MaxEntries} are accepted.");
        long declared = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > limits.MaxStreamBytes || entry.Length < 0)
                throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                    $"The {formatName} part '{entry.FullName}' declares {entry.Length / (1024 * 1024)} MB uncompressed, more than the {limits.MaxStreamBytes / (1024 * 1024)} MB allowed.");
            declared += entry.Length;
            if (declared > limits.MaxTotalDecompressedBytes)
                throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                    $"The {formatName} package declares more than {limits.MaxTotalDecompressedBytes / (1024 * 1024)} MB of uncompressed content.");
        }
        foreach (var entry in entries)
        {
            if (IsXml(entry.FullName)) CheckXml(entry, context, formatName);
        }
    }

    /// <summary>XmlReader settings for untrusted document XML: no DTD, no external resolution.</summary>
    public static XmlReaderSettings SafeXmlSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Opens an entry as a size-limited stream that counts into the document's decompression budget.</summary>
    public static Stream OpenLimited(ZipArchiveEntry entry, ExtractionContext context, string formatName) =>
        new LimitedReadStream(entry.Open(), context, entry.FullName, formatName);

    /// <summary>Maps an XML parse failure to the document error a user sees.</summary>
    public static DocumentReadException XmlFailure(XmlException ex, string formatName, string part) =>
        ex.Message.Contains("DTD", StringComparison.Ordinal)
            ? new DocumentReadException(DocumentErrorCode.Corrupt,
                $"The {formatName} part '{part}' contains an XML document type declaration (DTD); entity declarations are refused for safety.", ex)
            : new DocumentReadException(DocumentErrorCode.Corrupt, $"The {formatName} part '{part}' is not well-formed XML: {ex.Message}", ex);

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(ZipArchiveEntry entry, ExtractionContext context, string formatName)
    {
        try
        {
            using var reader = XmlReader.Create(OpenLimited(entry, context, formatName), SafeXmlSettings());
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                    throw new DocumentReadException(DocumentErrorCode.NestingTooDeep,
                        $"The {formatName} part '{entry.FullName}' nests XML more than {MaxXmlDepth} levels deep.");
                if ((++nodes & 4095) == 0) context.CheckBudget();
            }
        }
        catch (XmlException ex)
        {
            throw XmlFailure(ex, formatName, entry.FullName);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(DocumentErrorCode.Corrupt, $"The {formatName} part '{entry.FullName}' cannot be decompressed: {ex.Message}", ex);
        }
    }

    /// <summary>Counts decompressed bytes so a part that lies about its size still cannot exceed the limits.</summary>
    private sealed class LimitedReadStream(Stream inner, ExtractionContext context, string part, string formatName) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > context.Limits.MaxStreamBytes)
                throw new DocumentReadException(DocumentErrorCode.DecompressionLimit,
                    $"The {formatName} part '{part}' expands to more than {context.Limits.MaxStreamBytes / (1024 * 1024)} MB.");
            context.AddDecompressed(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
