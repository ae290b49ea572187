using System.Diagnostics;
using System.Globalization;
using ResumeLens.Core.Knowledge;
using ResumeLens.Core.Matching;
using ResumeLens.Core.Parsing;
using ResumeLens.Core.Postings;

namespace ResumeLens.Bench;

/// <summary>
/// Scoring speed: one prepared job against 10,000 distinct prepared profiles on one thread. Profiles are
/// synthesized from the taxonomy (random skill sets, titles, dates and sentences) with a fixed seed, so the
/// run is repeatable; the job is a real posting from ../shared/data.
/// </summary>
internal static class MatchSpeedBench
{
    public static Task<int> Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var data = Suites.SharedData();
        var kb = KnowledgeBase.Default;
        var matcher = Matcher.Default;
        var posting = new JobImporter().FromBytes(File.ReadAllBytes(Path.Combine(data, "jd", "resume_matcher_txt", "backend-eng.txt")), "backend-eng.txt", null);

        var build = Stopwatch.StartNew();
        var skills = kb.Skills.All.ToArray();
        var random = new Random(20260101);
        string[] titles = ["Backend Engineer", "Software Developer", "Data Analyst", "Registered Nurse", "Sous Chef", "HR Coordinator", "DevOps Engineer", "Teacher"];
        string[] verbs = ["Built", "Maintained", "Designed", "Led", "Improved", "Migrated", "Automated", "Operated"];
        var profiles = new MatchProfile[count];
        for (var i = 0; i < count; i++)
        {
            var mine = Enumerable.Range(0, 12).Select(_ => skills[random.Next(skills.Length)]).ToArray();
            var highlights = Enumerable.Range(0, 6).Select(h => $"{verbs[random.Next(verbs.Length)]} services with {mine[h].Name} and {mine[h + 6].Name} for {random.Next(2, 90)} customers across teams.").ToArray();
            var start = 2005 + random.Next(15);
            var resume = new ResumeProfile
            {
                Basics = new Basics { Name = "Candidate " + i.ToString(CultureInfo.InvariantCulture), Label = titles[random.Next(titles.Length)], Summary = "Experienced professional with a record of delivery." },
                Work =
                [
                    new WorkEntry { Position = titles[random.Next(titles.Length)], StartDate = (start + 3).ToString(CultureInfo.InvariantCulture) + "-02", Highlights = highlights[..3] },
                    new WorkEntry { Position = titles[random.Next(titles.Length)], StartDate = start.ToString(CultureInfo.InvariantCulture) + "-06", EndDate = (start + 3).ToString(CultureInfo.InvariantCulture) + "-01", Highlights = highlights[3..] },
                ],
                Education = [new EducationEntry { StudyType = "Bachelor of Science", Area = "Computer Science", Level = random.Next(3) == 0 ? "master" : "bachelor" }],
                Skills = [new SkillEntry("Skills", Keywords: [.. mine.Select(s => s.Name)])],
                Meta = new ResumeMeta { TotalExperienceMonths = random.Next(6, 240), Source = new SourceInfo($"c{i:00000}.pdf", null, "pdf", 1, "2025-06") },
            };
            profiles[i] = matcher.Profile(resume, $"c{i:00000}");
        }
        build.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profiles: {count} prepared in {build.Elapsed.TotalSeconds:0.00} s (once per resume, outside the timed loop)"));

        var poolTimer = Stopwatch.StartNew();
        var pool = new CandidatePool(profiles);
        var job = matcher.Prepare(posting, pool);
        poolTimer.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pool statistics + PreparedJob: {poolTimer.Elapsed.TotalMilliseconds:0.0} ms; job has {job.Required.Length} required, {job.Preferred.Length} preferred skills, {job.QueryTerms.Length} query terms"));

        // Warm up so tiered compilation has produced optimized code before timing.
        double sink = 0;
        for (var w = 0; w < 5; w++) foreach (var p in profiles) sink += Matcher.Score(job, p);

        var runs = new List<double>();
        long allocated = 0;
        for (var r = 0; r < 10; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var p in profiles) sink += Matcher.Score(job, p);
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            runs.Add(sw.Elapsed.TotalMilliseconds);
        }
        runs.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {count} profiles, one thread: median {runs[runs.Count / 2]:0.0} ms, best {runs[0]:0.0} ms, {allocated / (double)count:0} bytes allocated per profile (checksum {sink:0})"));

        var explain = Stopwatch.StartNew();
        foreach (var p in profiles) sink += Matcher.Explain(job, p).Score;
        explain.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"explain {count} profiles (found/missing/evidence), one thread: {explain.Elapsed.TotalMilliseconds:0.0} ms"));

        var rank = Stopwatch.StartNew();
        var ranked = Ranker.Rank(job, profiles);
        rank.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rank {count} profiles with explanations and stable ties: {rank.Elapsed.TotalMilliseconds:0.0} ms; top {ranked[0].Id} {ranked[0].Result.Score:0.0}"));
        return Task.FromResult(0);
    }
}
