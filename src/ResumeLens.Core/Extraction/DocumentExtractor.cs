using ResumeLens.Core.Extraction.Docx;
using ResumeLens.Core.Extraction.Html;
using ResumeLens.Core.Extraction.Layout;
using ResumeLens.Core.Extraction.Odt;
using ResumeLens.Core.Extraction.Pdf;
using ResumeLens.Core.Extraction.Rtf;
using ResumeLens.Core.Extraction.Text;

namespace ResumeLens.Core.Extraction;

/// <summary>
/// The front door of extraction: enforces size limits, detects the format from content, runs the
/// matching reader, and guarantees that only <see cref="DocumentReadException"/> (or cancellation) escapes.
/// </summary>
public static class DocumentExtractor
{
    public static ExtractedDocument Extract(ReadOnlyMemory<byte> data, string? fileName, ExtractionLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= ExtractionLimits.Default;
        if (data.Length > limits.MaxBytes)
            throw new DocumentReadException(DocumentErrorCode.TooLarge,
                $"The file is {Megabytes(data.Length)} MB; the limit is {Megabytes(limits.MaxBytes)} MB.");
        if (data.IsEmpty)
            throw new DocumentReadException(DocumentErrorCode.Empty, "The file is empty.");
        ct.ThrowIfCancellationRequested();

        var format = FormatDetector.Detect(data.Span, fileName);
        var context = new ExtractionContext(limits, ct);
        try
        {
            return format switch
            {
                SourceFormat.Pdf => ReadPdf(data, context),
                SourceFormat.Docx => DocxReader.Read(data, context),
                SourceFormat.Odt => OdtReader.Read(data, context),
                SourceFormat.Rtf => RtfReader.Read(data, context),
                SourceFormat.Html => HtmlReader.Read(data, context),
                SourceFormat.Markdown => MarkdownReader.Read(data, context),
                SourceFormat.Text => PlainTextReader.Read(data, context),
                _ => throw Unsupported(data.Span),
            };
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new DocumentReadException(DocumentErrorCode.NestingTooDeep, "The document's structure is nested too deeply to read safely.", ex);
        }
        catch (OutOfMemoryException ex)
        {
            throw new DocumentReadException(DocumentErrorCode.TooLarge, "The document needs more memory to read than is available.", ex);
        }
        catch (Exception ex)
        {
            // A reader bug or an input no reader anticipated: the user gets a clear error, the caller one exception type.
            throw new DocumentReadException(DocumentErrorCode.Corrupt,
                $"The {Describe(format)} file is damaged or malformed and could not be read ({ex.GetType().Name}: {ex.Message}).", ex);
        }
    }

    /// <summary>Reads a file from disk, refusing one over <see cref="ExtractionLimits.MaxBytes"/> before loading it.</summary>
    public static ExtractedDocument Extract(string path, ExtractionLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= ExtractionLimits.Default;
        return Extract(ReadFile(path, limits), Path.GetFileName(path), limits, ct);
    }

    /// <summary>
    /// Loads a file whole, refusing one over <see cref="ExtractionLimits.MaxBytes"/> before reading it, and one that
    /// grows while it is read (a device such as /dev/zero reports no length at all).
    /// </summary>
    public static byte[] ReadFile(string path, ExtractionLimits limits)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > limits.MaxBytes)
            throw new DocumentReadException(DocumentErrorCode.TooLarge,
                $"The file is {Megabytes(length)} MB; the limit is {Megabytes(limits.MaxBytes)} MB.");
        var data = new byte[length];
        stream.ReadExactly(data);
        if (stream.ReadByte() >= 0)
            throw new DocumentReadException(DocumentErrorCode.TooLarge, "The file changed size while it was being read.");
        return data;
    }

    /// <summary>PDF: the interpreter yields positioned glyphs per page, layout analysis turns each page into blocks in reading order.</summary>
    private static ExtractedDocument ReadPdf(ReadOnlyMemory<byte> data, ExtractionContext context)
    {
        var pages = new List<DocumentPage>();
        var hidden = new List<HiddenTextSpan>();
        // Each page is laid out as soon as it is read, so one glyph buffer serves the whole document.
        var (metadata, warnings) = PdfDocumentReader.ReadPages(data, context, glyphs =>
        {
            context.CheckBudget();
            var layout = PageLayout.Analyze(glyphs);
            pages.Add(layout.Page);
            hidden.AddRange(layout.HiddenText);
        });
        return new ExtractedDocument(SourceFormat.Pdf, pages, metadata, hidden, warnings);
    }

    private static DocumentReadException Unsupported(ReadOnlySpan<byte> data)
    {
        if (FormatDetector.IsCompoundFile(data))
        {
            return ContainsUtf16(data, "EncryptedPackage")
                ? new DocumentReadException(DocumentErrorCode.Encrypted, "The Office document is password-protected; save it without a password and upload it again.")
                : new DocumentReadException(DocumentErrorCode.UnsupportedFormat, "Legacy Word (.doc) files are not supported; save the document as DOCX or PDF.");
        }
        if (data.StartsWith("PK"u8))
            return new DocumentReadException(DocumentErrorCode.UnsupportedFormat, "The file is a ZIP archive but not a DOCX or ODT document.");
        return new DocumentReadException(DocumentErrorCode.UnsupportedFormat,
            "The file format is not supported; upload a PDF, DOCX, ODT, RTF, HTML, Markdown or plain text file.");
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> data, string text)
    {
        Span<byte> pattern = stackalloc byte[text.Length * 2];
        for (var i = 0; i < text.Length; i++)
        {
            pattern[i * 2] = (byte)text[i];
            pattern[i * 2 + 1] = 0;
        }
        return data.IndexOf(pattern) >= 0;
    }

    private static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Markdown => "Markdown",
        SourceFormat.Text => "text",
        _ => format.ToString().ToUpperInvariant(),
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
