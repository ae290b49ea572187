using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using ResumeLens.Core.Extraction;

namespace ResumeLens.Core.Tests.Extraction.Fuzz;

/// <summary>
/// Seeded mutations of every real document: whatever the damage, extraction ends with a document or a
/// <see cref="DocumentReadException"/>, within its time budget. Any other exception or a hang fails with the case to replay.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int MinimumCases = 2_000;
    private static readonly TimeSpan CaseBudget = TimeSpan.FromSeconds(2);

    /// <summary>Budget plus generous slack for a loaded machine: beyond this a case is hung, not slow.</summary>
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(20);

    private sealed record Case(int FileIndex, int Seed);

    [Fact]
    public async Task Mutated_documents_end_in_a_document_or_a_document_read_exception()
    {
        var files = TestData.Files(".", "*").ToList();
        Assert.NotEmpty(files);
        var originals = files.Select(File.ReadAllBytes).ToArray();
        var perFile = (MinimumCases + files.Count - 1) / files.Count;
        var cases = new List<Case>();
        for (var f = 0; f < files.Count; f++)
        {
            for (var c = 0; c < perFile; c++) cases.Add(new Case(f, f * 100_003 + c));
        }

        var limits = new ExtractionLimits { TimeBudget = CaseBudget };
        var failures = new ConcurrentQueue<string>();
        var inFlight = new ConcurrentDictionary<Case, long>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var ct = TestContext.Current.CancellationToken;

        var loop = Task.Run(() => Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct }, c =>
        {
            var (data, mutation) = Mutate(originals[c.FileIndex], c.Seed);
            inFlight[c] = Stopwatch.GetTimestamp();
            try
            {
                var doc = DocumentExtractor.Extract(data, Path.GetFileName(files[c.FileIndex]), limits, ct);
                _ = doc.ToPlainText();
                outcomes.AddOrUpdate("document", 1, (_, n) => n + 1);
            }
            catch (DocumentReadException ex)
            {
                outcomes.AddOrUpdate(ex.Code.ToString(), 1, (_, n) => n + 1);
            }
            catch (Exception ex)
            {
                failures.Enqueue($"{Describe(files[c.FileIndex], c, mutation)}: {ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}");
            }
            finally
            {
                inFlight.TryRemove(c, out _);
            }
        }), ct);

        while (await Task.WhenAny(loop, Task.Delay(TimeSpan.FromSeconds(1), ct)) != loop)
        {
            foreach (var (c, start) in inFlight)
            {
                if (Stopwatch.GetElapsedTime(start) > Watchdog)
                {
                    var (_, mutation) = Mutate(originals[c.FileIndex], c.Seed);
                    Assert.Fail($"Hang: {Describe(files[c.FileIndex], c, mutation)} ran longer than {Watchdog.TotalSeconds} s.");
                }
            }
        }

        await loop;
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Count} cases over {files.Count} files: "
            + string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={o.Value}")));
        Assert.True(cases.Count >= MinimumCases);
        Assert.True(failures.IsEmpty, $"{failures.Count} cases escaped with an unexpected exception:\n" + string.Join("\n\n", failures.Take(10)));
    }

    private static string Describe(string file, Case c, string mutation) =>
        $"file {Path.GetRelativePath(TestData.Dir, file)} seed {c.Seed} ({mutation})";

    /// <summary>Deterministic damage: byte flips, truncation, deleted and duplicated ranges; ZIP parts are also damaged inside the package.</summary>
    internal static (byte[] Data, string Mutation) Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var isZip = original.Length > 4 && original[0] == 0x50 && original[1] == 0x4B;
        var kind = random.Next(isZip ? 6 : 5);
        if (kind == 5)
        {
            var (repacked, description) = MutateZipPart(original, random);
            return (repacked, description);
        }
        var (data, what) = MutateBytes(original, random, kind);
        return (data, what);
    }

    private static (byte[] Data, string Mutation) MutateBytes(byte[] original, Random random, int kind)
    {
        if (original.Length < 2) return (original, "unchanged");
        switch (kind)
        {
            case 0:
                {
                    var data = (byte[])original.Clone();
                    var flips = 1 + random.Next(16);
                    for (var i = 0; i < flips; i++)
                    {
                        var at = random.Next(data.Length);
                        data[at] = random.Next(2) == 0 ? (byte)(data[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
                    }
                    return (data, $"{flips} byte flips");
                }
            case 1:
                {
                    var length = 1 + random.Next(original.Length - 1);
                    return (original[..length], $"truncated to {length}");
                }
            case 2:
                {
                    var start = random.Next(original.Length);
                    var count = 1 + random.Next(Math.Min(original.Length - start, 1 + original.Length / 8));
                    return ([.. original.AsSpan(0, start), .. original.AsSpan(start + count)], $"deleted {count} at {start}");
                }
            case 3:
                {
                    var start = random.Next(original.Length);
                    var count = 1 + random.Next(Math.Min(original.Length - start, 1 + original.Length / 8));
                    var at = random.Next(original.Length);
                    return ([.. original.AsSpan(0, at), .. original.AsSpan(start, count), .. original.AsSpan(at)], $"duplicated {count} from {start} at {at}");
                }
            default:
                {
                    // Copy a range over another place: keeps plausible tokens but breaks offsets and structure.
                    var data = (byte[])original.Clone();
                    var from = random.Next(data.Length);
                    var to = random.Next(data.Length);
                    var count = 1 + random.Next(Math.Min(Math.Min(data.Length - from, data.Length - to), 256));
                    Array.Copy(original, from, data, to, count);
                    return (data, $"spliced {count} from {from} to {to}");
                }
        }
    }

    private static (byte[] Data, string Mutation) MutateZipPart(byte[] original, Random random)
    {
        var parts = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                parts.Add((entry.FullName, ms.ToArray()));
            }
        }
        var xml = parts.Select((p, i) => (p, i)).Where(x => x.p.Name.EndsWith(".xml", StringComparison.Ordinal) || x.p.Name.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        if (xml.Count == 0) return (original, "unchanged");
        var (part, index) = xml[random.Next(xml.Count)];
        var (content, what) = MutateBytes(part.Content, random, random.Next(5));
        parts[index] = (part.Name, content);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var s = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
        }
        return (output.ToArray(), $"part {part.Name}: {what}");
    }
}
