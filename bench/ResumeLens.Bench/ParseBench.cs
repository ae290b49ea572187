using System.Diagnostics;
using System.Globalization;
using ResumeLens.Core.Extraction;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Parsing;

namespace ResumeLens.Bench;

/// <summary>
/// Parser speed: files per second of parsing alone (all cores, warm) and of extraction plus parsing for every format
/// the extractor reads, both as a ratio to poppler's pdftotext run once per PDF in the same session.
/// </summary>
internal static class ParseBench
{
    public static readonly Suite Suite = new("parse throughput (and extract+parse) vs pdftotext per-file rate [folder]", RunAsync);

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static Task<int> RunAsync(string[] args)
    {
        var data = Suites.SharedData();
        var folder = args.Length > 0 ? args[0] : Path.Combine(data, "resumes");
        var pdfs = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var others = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        var cores = Environment.ProcessorCount;

        var load = Stopwatch.StartNew();
        _ = KnowledgeBase.Default;
        load.Stop();
        Console.WriteLine(string.Create(Inv, $"parse bench: {pdfs.Count} PDFs, {others.Count} other files under {folder}, {cores} cores; knowledge base loaded in {load.ElapsedMilliseconds} ms"));

        // Reference: pdftotext once per file, sequentially, as a user would run it.
        var texts = new List<string>();
        var sw = Stopwatch.StartNew();
        foreach (var pdf in pdfs)
        {
            var t = ParserAccuracy.PdfToText(pdf);
            if (t is null)
            {
                Console.Error.WriteLine("pdftotext is not installed; no reference rate");
                return Task.FromResult(2);
            }
            texts.Add(t);
        }
        var refRate = pdfs.Count / sw.Elapsed.TotalSeconds;
        var docs = texts.Select(t => PlainTextDocument.From(t)).ToList();

        var parseRate = Measure(docs.Count, cores, i => ResumeParser.Parse(docs[i]));

        // The product's path: our own extraction, then parsing, over the same PDFs.
        var pdfBytes = pdfs.Select(File.ReadAllBytes).ToList();
        var pdfRate = Measure(pdfs.Count, cores, i => ResumeParser.Parse(DocumentExtractor.Extract(pdfBytes[i], pdfs[i])));

        var readable = others.Where(f =>
        {
            try
            {
                ResumeParser.Parse(DocumentExtractor.Extract(f));
                return true;
            }
            catch (DocumentReadException)
            {
                return false;
            }
        }).ToList();
        var fullRate = readable.Count == 0 ? 0 : Measure(readable.Count, cores, i => ResumeParser.Parse(DocumentExtractor.Extract(readable[i])));

        Console.WriteLine(string.Create(Inv, $"pdftotext (sequential, per file):    {refRate,10:0.0} files/s"));
        Console.WriteLine(string.Create(Inv, $"parse only (pdftotext text, {cores} cores): {parseRate,10:0.0} files/s  = {parseRate / refRate:0.0}x pdftotext"));
        Console.WriteLine(string.Create(Inv, $"extract+parse ({pdfs.Count} PDFs, {cores} cores):   {pdfRate,10:0.0} files/s  = {pdfRate / refRate:0.0}x pdftotext"));
        if (readable.Count > 0)
            Console.WriteLine(string.Create(Inv, $"extract+parse ({readable.Count} DOCX/other files):  {fullRate,10:0.0} files/s  = {fullRate / refRate:0.0}x pdftotext"));
        return Task.FromResult(0);
    }

    // Runs the work for two seconds untimed so tiered compilation settles, then repeats it until at least
    // three more seconds have passed so the rate is stable.
    private static double Measure(int count, int cores, Action<int> work)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = cores };
        var warm = Stopwatch.StartNew();
        do Parallel.For(0, count, options, work);
        while (warm.Elapsed.TotalSeconds < 2);
        var done = 0L;
        var sw = Stopwatch.StartNew();
        do
        {
            Parallel.For(0, count, options, work);
            done += count;
        }
        while (sw.Elapsed.TotalSeconds < 3);
        return done / sw.Elapsed.TotalSeconds;
    }
}
