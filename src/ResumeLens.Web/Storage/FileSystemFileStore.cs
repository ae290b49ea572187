using System.Security.Cryptography;

namespace ResumeLens.Web.Storage;

/// <summary>
/// Files under a root folder at <c>ab/cd/abcd…</c> by SHA-256. Writes go to a temporary file in the same
/// volume and are moved into place, so a crash never leaves a half-written file under a real key.
/// </summary>
public sealed class FileSystemFileStore : IFileStore
{
    private readonly string _root;
    private readonly string _temp;

    public FileSystemFileStore(string root)
    {
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, ".incoming");
    }

    public string Root => _root;

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_temp);
        var tempPath = Path.Combine(_temp, Guid.NewGuid().ToString("N") + ".part");
        string sha;
        long length = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    length += read;
                }
                await output.FlushAsync(cancellationToken);
                output.Flush(flushToDisk: true);
            }
            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var finalPath = PathFor(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            if (File.Exists(finalPath))
            {
                File.Delete(tempPath);
            }
            else
            {
                try
                {
                    File.Move(tempPath, finalPath, overwrite: false);
                }
                catch (IOException) when (File.Exists(finalPath))
                {
                    // Another writer stored the same bytes first: same content, same key.
                    File.Delete(tempPath);
                }
            }
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
        return new StoredFile(sha, length);
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathFor(FileKey.Validate(sha256));
        if (!File.Exists(path)) return Task.FromResult<Stream?>(null);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathFor(FileKey.Validate(sha256))));

    public Task<bool> DeleteAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathFor(FileKey.Validate(sha256));
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    public async Task CheckWritableAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_temp);
        var probe = Path.Combine(_temp, "probe-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(probe, [1], cancellationToken);
        File.Delete(probe);
    }

    private string PathFor(string sha) => Path.Combine(_root, sha[..2], sha[2..4], sha);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
