using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResumeLens.Web.Data;

namespace ResumeLens.Web.Storage;

/// <summary>Files as rows of the application database, so web nodes share nothing but the database.</summary>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, TimeProvider clock) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.StoredBlobs.AnyAsync(b => b.Sha256 == sha, cancellationToken))
            return new StoredFile(sha, bytes.LongLength);
        db.StoredBlobs.Add(new StoredBlob { Sha256 = sha, Content = bytes, Length = bytes.LongLength, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent writer may have stored the same bytes: content addressing makes that a success.
            if (!await ExistsAsync(sha, cancellationToken)) throw;
        }
        return new StoredFile(sha, bytes.LongLength);
    }

    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        FileKey.Validate(sha256);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var content = await db.StoredBlobs.Where(b => b.Sha256 == sha256).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default)
    {
        FileKey.Validate(sha256);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.StoredBlobs.AnyAsync(b => b.Sha256 == sha256, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string sha256, CancellationToken cancellationToken = default)
    {
        FileKey.Validate(sha256);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.StoredBlobs.Where(b => b.Sha256 == sha256).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task CheckWritableAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.StoredBlobs.AnyAsync(cancellationToken);
    }
}
