namespace ResumeLens.Core.Extraction;

/// <summary>Why a document could not be read.</summary>
public enum DocumentErrorCode
{
    Empty,
    UnsupportedFormat,
    Corrupt,
    Encrypted,
    TooLarge,
    TooManyPages,
    DecompressionLimit,
    NestingTooDeep,
    ReferenceLoop,
    Timeout,
}

/// <summary>The one exception extraction raises: a reason code and a message fit to show a user.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(DocumentErrorCode code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public DocumentErrorCode Code { get; }
}
