namespace ResumeLens.Core.Postings;

/// <summary>A job posting could not be imported; <see cref="Code"/> says why in a stable, machine-readable way.</summary>
public sealed class JobImportException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>forbidden-address, bad-url, too-many-redirects, too-large, unsupported-content-type, timeout, http-error, unreadable.</summary>
    public string Code { get; } = code;
}
