using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace ResumeLens.Core.Postings;

/// <summary>Limits for fetching a job posting from a URL.</summary>
public sealed record FetchOptions
{
    public int MaxRedirects { get; init; } = 5;
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public string UserAgent { get; init; } = "ResumeLens/0.1 (job posting import; +https://github.com/resumelens)";

    /// <summary>Media types accepted: web pages, text, JSON-LD, PDF and DOCX postings.</summary>
    public IReadOnlyList<string> AllowedContentTypes { get; init; } =
    [
        "text/html", "application/xhtml+xml", "text/plain", "application/ld+json", "application/json",
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ];

    /// <summary>Name resolution; replaceable so tests can make a name resolve to any address.</summary>
    public Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; init; } = Dns.GetHostAddressesAsync;

    // Tests start a server on 127.0.0.1; production code never sets this.
    internal bool AllowLoopback { get; init; }
}

/// <summary>A fetched document: its final URL after redirects, media type and body.</summary>
public sealed record FetchedDocument(Uri Url, string ContentType, byte[] Body);

/// <summary>
/// Fetches job postings over HTTP(S) without letting a URL reach internal services: every
/// connection (first request and each redirect) is vetted on the IP address actually dialled,
/// after DNS resolution, so DNS rebinding and redirects to private space are refused too.
/// </summary>
public sealed class JobPageFetcher
{
    private readonly FetchOptions _options;

    public JobPageFetcher(FetchOptions? options = null) => _options = options ?? new FetchOptions();

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var handler = CreateHandler();
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                ValidateUrl(current);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/ld+json;q=0.9,text/plain;q=0.8,application/pdf;q=0.7,*/*;q=0.1");
                using var response = await SendAsync(client, request, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (redirects >= _options.MaxRedirects)
                        throw new JobImportException("too-many-redirects", $"more than {_options.MaxRedirects} redirects");
                    var location = response.Headers.Location
                        ?? throw new JobImportException("http-error", $"redirect {status} without a Location header");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new JobImportException("http-error", string.Create(CultureInfo.InvariantCulture, $"server answered {status} {response.ReasonPhrase}"));
                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
                if (!_options.AllowedContentTypes.Contains(mediaType, StringComparer.Ordinal))
                    throw new JobImportException("unsupported-content-type", $"content type '{(mediaType.Length == 0 ? "none" : mediaType)}' is not a job posting format");
                if (response.Content.Headers.ContentLength is long declared && declared > _options.MaxBytes)
                    throw new JobImportException("too-large", string.Create(CultureInfo.InvariantCulture, $"body of {declared} bytes exceeds the limit of {_options.MaxBytes}"));
                var body = await ReadLimitedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                return new FetchedDocument(current, mediaType, body);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new JobImportException("timeout", $"no complete answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
    }

    /// <summary>Only absolute http(s) URLs without user names or passwords.</summary>
    public static void ValidateUrl(Uri url)
    {
        if (!url.IsAbsoluteUri) throw new JobImportException("bad-url", "the URL must be absolute");
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            throw new JobImportException("bad-url", $"scheme '{url.Scheme}' is not allowed; use http or https");
        if (url.UserInfo.Length > 0) throw new JobImportException("bad-url", "credentials in the URL are not allowed");
        if (url.Host.Length == 0) throw new JobImportException("bad-url", "the URL has no host");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (FindImportError(ex) is { } inner)
        {
            // The connect callback's refusal arrives wrapped; surface it as is.
            throw inner;
        }
        catch (HttpRequestException ex)
        {
            throw new JobImportException("unreachable", $"could not reach {request.RequestUri?.Host}: {ex.Message}", ex);
        }
    }

    private static JobImportException? FindImportError(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is JobImportException j) return j;
        }
        return null;
    }

    private async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            // Counted after decompression, so a small gzip bomb cannot slip past.
            if (buffer.Length + read > _options.MaxBytes)
                throw new JobImportException("too-large", string.Create(CultureInfo.InvariantCulture, $"body exceeds the limit of {_options.MaxBytes} bytes"));
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,      // each hop is validated by the loop above
        UseProxy = false,               // a proxy would connect on our behalf and hide the real address
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = _options.Timeout,
        ConnectCallback = ConnectAsync,
        MaxResponseHeadersLength = 64,
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] candidates = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await _options.Resolve(host, ct).ConfigureAwait(false);
        if (candidates.Length == 0) throw new JobImportException("unreachable", $"{host} does not resolve");
        Exception? last = null;
        foreach (var address in candidates)
        {
            if (AddressPolicy.IsForbidden(address, _options.AllowLoopback))
            {
                last = new JobImportException("forbidden-address", $"{host} resolves to {address}, a private or reserved address");
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct).ConfigureAwait(false);
                // Vet the peer we are really talking to, not only the address we asked for.
                if (socket.RemoteEndPoint is not IPEndPoint peer || AddressPolicy.IsForbidden(peer.Address, _options.AllowLoopback))
                    throw new JobImportException("forbidden-address", $"{host} connected to a private or reserved address");
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (Exception ex) when (ex is SocketException or JobImportException)
            {
                socket.Dispose();
                last = ex;
            }
        }
        throw last ?? new JobImportException("unreachable", $"could not connect to {host}");
    }
}
