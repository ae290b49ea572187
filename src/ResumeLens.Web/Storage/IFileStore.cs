namespace ResumeLens.Web.Storage;

/// <summary>A stored file: its SHA-256 key (lowercase hex) and size.</summary>
public sealed record StoredFile(string Sha256, long Length);

/// <summary>Content-addressed storage for uploaded originals; keys are the SHA-256 of the bytes.</summary>
public interface IFileStore
{
    /// <summary>Stores the content (idempotent: the same bytes give the same key) and returns its key.</summary>
    Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or null when no file has that key.</summary>
    Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Erases a stored file; true when something was deleted.</summary>
    Task<bool> DeleteAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Checks that the store can be written now (readiness).</summary>
    Task CheckWritableAsync(CancellationToken cancellationToken = default);
}

/// <summary>Validation of file keys, so no caller-supplied string ever becomes a path.</summary>
public static class FileKey
{
    public static string Validate(string? sha256)
    {
        if (sha256 is null || sha256.Length != 64)
            throw new ArgumentException("A file key is 64 hexadecimal characters.", nameof(sha256));
        foreach (var c in sha256)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
                throw new ArgumentException("A file key is 64 lowercase hexadecimal characters.", nameof(sha256));
        }
        return sha256;
    }

    public static bool IsValid(string? sha256)
    {
        if (sha256 is null || sha256.Length != 64) return false;
        foreach (var c in sha256)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c)) return false;
        }
        return true;
    }
}
