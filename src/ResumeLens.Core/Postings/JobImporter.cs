using System.Text;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Postings;

/// <summary>Turns a job description file (TXT, DOCX, PDF, HTML, ...) or a job-posting URL into a <see cref="JobPosting"/>.</summary>
public sealed class JobImporter
{
    private readonly JobDescriptionParser _parser;
    private readonly JobPageFetcher _fetcher;

    public JobImporter(JobDescriptionParser? parser = null, JobPageFetcher? fetcher = null)
    {
        _parser = parser ?? JobDescriptionParser.Default;
        _fetcher = fetcher ?? new JobPageFetcher();
    }

    /// <summary>True when <paramref name="input"/> is written as an http(s) URL rather than a path.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a file path or fetches a URL.</summary>
    public async Task<JobPosting> ImportAsync(string fileOrUrl, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(fileOrUrl)) throw new JobImportException("no-input", "no file or URL was given");
        if (IsUrl(fileOrUrl))
        {
            if (!Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var url)) throw new JobImportException("bad-url", "not a valid URL");
            return await ImportUrlAsync(url, cancellationToken).ConfigureAwait(false);
        }
        // "file://", "ftp://" and the like are URLs we refuse, not paths to look for.
        if (fileOrUrl.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(fileOrUrl, UriKind.Absolute, out var other))
        {
            JobPageFetcher.ValidateUrl(other);
        }
        if (Directory.Exists(fileOrUrl)) throw new JobImportException("not-a-file", "is a folder; give one job description file or URL");
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = DocumentExtractor.ReadFile(fileOrUrl, ExtractionLimits.Default);
        return FromBytes(bytes, Path.GetFileName(fileOrUrl), null);
    }

    /// <summary>Fetches <paramref name="url"/> safely and parses what it returns.</summary>
    public async Task<JobPosting> ImportUrlAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var fetched = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var name = fetched.ContentType switch
        {
            "application/pdf" => "posting.pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "posting.docx",
            "text/plain" => "posting.txt",
            _ => "posting.html",
        };
        var posting = FromBytes(fetched.Body, name, fetched.Url);
        return posting with { Url = posting.Url ?? fetched.Url.ToString() };
    }

    /// <summary>Parses a document's bytes; HTML goes through the JSON-LD aware page reader.</summary>
    public JobPosting FromBytes(ReadOnlyMemory<byte> data, string? fileName, Uri? url)
    {
        var format = FormatDetector.Detect(data.Span, fileName);
        if (format == SourceFormat.Html)
        {
            return JobPageReader.Read(Decode(data.Span), _parser, url);
        }
        var document = DocumentExtractor.Extract(data, fileName);
        return _parser.Parse(document.ToPlainText());
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8.ToArray())) bytes = bytes[3..];
        return Encoding.UTF8.GetString(bytes);
    }
}
