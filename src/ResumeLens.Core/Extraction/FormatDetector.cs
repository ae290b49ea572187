using ResumeLens.Core.Extraction.Text;

namespace ResumeLens.Core.Extraction;

/// <summary>Decides a document's format from its bytes; the file name only separates Markdown from plain text.</summary>
public static class FormatDetector
{
    private const int SniffLength = 8192;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> WordMainPart => "word/document"u8;
    private static ReadOnlySpan<byte> OdtMimetype => "application/vnd.oasis.opendocument.text"u8;

    public static SourceFormat Detect(ReadOnlySpan<byte> data, string? fileName)
    {
        if (data.IsEmpty) return SourceFormat.Unknown;
        var head = data.Length > 1024 ? data[..1024] : data;
        if (head.IndexOf(PdfMagic) >= 0) return SourceFormat.Pdf;
        if (data.StartsWith(ZipMagic)) return DetectZip(data);
        if (data.StartsWith(CompoundFileMagic)) return SourceFormat.Unknown;

        // RTF may embed binary (\bin) data, so it is recognised before the is-this-text check.
        var start = data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? data[3..] : data;
        if (start.TrimStart(" \t\r\n\f"u8).StartsWith(@"{\rtf"u8)) return SourceFormat.Rtf;

        var sample = data.Length > SniffLength ? data[..SniffLength] : data;
        if (!TextDecoding.LooksLikeText(sample)) return SourceFormat.Unknown;
        var text = TextDecoding.Decode(sample, out _).AsSpan().TrimStart("\uFEFF \t\r\n\f");
        if (text.StartsWith(@"{\rtf", StringComparison.Ordinal)) return SourceFormat.Rtf;
        if (LooksLikeHtml(text)) return SourceFormat.Html;
        if (HasMarkdownName(fileName)) return SourceFormat.Markdown;
        return MarkdownReader.LooksLikeMarkdown(text.ToString()) ? SourceFormat.Markdown : SourceFormat.Text;
    }

    /// <summary>True for an OLE compound file: a legacy .doc or a password-protected Office document.</summary>
    public static bool IsCompoundFile(ReadOnlySpan<byte> data) => data.StartsWith(CompoundFileMagic);

    private static SourceFormat DetectZip(ReadOnlySpan<byte> data)
    {
        // ODF requires an uncompressed "mimetype" entry first, so its value sits right after the first header.
        var window = data.Length > 256 ? data[..256] : data;
        if (window.IndexOf(OdtMimetype) >= 0) return SourceFormat.Odt;
        // Entry names are stored uncompressed in local headers and the central directory.
        return data.IndexOf(WordMainPart) >= 0 ? SourceFormat.Docx : SourceFormat.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '<') return false;
        var head = text.Length > 1024 ? text[..1024] : text;
        foreach (var marker in (ReadOnlySpan<string>)["<!doctype html", "<html", "<head", "<body"])
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool HasMarkdownName(string? fileName) =>
        fileName is not null
        && (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));
}
