using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using ResumeLens.Web.Storage;
using ResumeLens.Web.Tests.Infrastructure;

namespace ResumeLens.Web.Tests.Storage;

public abstract class FileStoreTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    protected abstract string StoreProvider { get; }

    private IFileStore Store()
    {
        factory.SkipIfUnavailable();
        factory.With("Storage:Provider", StoreProvider);
        _ = factory.Server; // start the host so migrations have run
        return factory.Services.GetRequiredService<IFileStore>();
    }

    [Fact]
    public async Task Stored_bytes_come_back_unchanged_under_their_sha256()
    {
        var store = Store();
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var saved = await store.SaveAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), saved.Sha256);
        Assert.Equal(bytes.LongLength, saved.Length);
        await using var read = await store.OpenReadAsync(saved.Sha256, TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Saving_the_same_bytes_twice_keeps_one_copy_under_one_key()
    {
        var store = Store();
        var bytes = "same resume, uploaded twice"u8.ToArray();

        var first = await store.SaveAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);
        var second = await store.SaveAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.True(await store.ExistsAsync(first.Sha256, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Deleted_file_is_gone()
    {
        var store = Store();
        var saved = await store.SaveAsync(new MemoryStream(RandomNumberGenerator.GetBytes(1000)), TestContext.Current.CancellationToken);

        Assert.True(await store.DeleteAsync(saved.Sha256, TestContext.Current.CancellationToken));

        Assert.False(await store.ExistsAsync(saved.Sha256, TestContext.Current.CancellationToken));
        Assert.Null(await store.OpenReadAsync(saved.Sha256, TestContext.Current.CancellationToken));
        Assert.False(await store.DeleteAsync(saved.Sha256, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..\\..\\windows\\win.ini")]
    [InlineData("/etc/shadow")]
    [InlineData("ab/../../secret")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85%")]
    [InlineData("")]
    public async Task Path_tricks_in_keys_are_refused(string key)
    {
        var store = Store();

        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => store.DeleteAsync(key, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ExistsAsync(key, TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteFileSystemStoreTests(SqliteAppFactory factory) : FileStoreTests<SqliteAppFactory>(factory)
{
    protected override string StoreProvider => "FileSystem";
}

public sealed class SqliteDatabaseStoreTests(SqliteAppFactory factory) : FileStoreTests<SqliteAppFactory>(factory)
{
    protected override string StoreProvider => "Database";
}

public sealed class PostgresDatabaseStoreTests(PostgresAppFactory factory) : FileStoreTests<PostgresAppFactory>(factory)
{
    protected override string StoreProvider => "Database";
}

public sealed class PostgresFileSystemStoreTests(PostgresAppFactory factory) : FileStoreTests<PostgresAppFactory>(factory)
{
    protected override string StoreProvider => "FileSystem";
}

public sealed class FileSystemStoreLayoutTests
{
    [Fact]
    public async Task Files_live_under_the_root_and_no_partial_file_remains()
    {
        var root = Directory.CreateTempSubdirectory("resumelens-store-").FullName;
        try
        {
            var store = new FileSystemFileStore(root);
            var saved = await store.SaveAsync(new MemoryStream("x"u8.ToArray()), TestContext.Current.CancellationToken);

            var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories);
            var file = Assert.Single(files);
            Assert.StartsWith(Path.GetFullPath(root), Path.GetFullPath(file));
            Assert.Equal(saved.Sha256, Path.GetFileName(file));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public async Task Failed_write_leaves_nothing_behind()
    {
        var root = Directory.CreateTempSubdirectory("resumelens-store-").FullName;
        try
        {
            var store = new FileSystemFileStore(root);

            await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(new FailingStream(), TestContext.Current.CancellationToken));

            Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private sealed class FailingStream : MemoryStream
    {
        private int _reads;

        public FailingStream() : base(new byte[100_000])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ++_reads > 1 ? throw new IOException("connection reset while uploading") : base.ReadAsync(buffer, cancellationToken);
    }
}
