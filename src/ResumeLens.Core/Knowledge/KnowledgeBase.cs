namespace ResumeLens.Core.Knowledge;

/// <summary>Immutable reference vocabularies (skills, titles, degrees, names, resume language), loaded once from embedded data.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Task<JobTitleCatalog> _titles;
    private readonly Task<InstitutionCatalog> _institutions;

    private KnowledgeBase(
        SkillTaxonomy skills, Task<JobTitleCatalog> titles, DegreeCatalog degrees, NameCatalog names,
        Task<InstitutionCatalog> institutions, ResumeVocabulary vocabulary, PlaceNames places)
    {
        Places = places;
        Skills = skills;
        _titles = titles;
        Degrees = degrees;
        Names = names;
        _institutions = institutions;
        Vocabulary = vocabulary;
    }

    /// <summary>The knowledge base built from the data files shipped inside this assembly.</summary>
    public static KnowledgeBase Default => Shared.Value;

    public SkillTaxonomy Skills { get; }

    /// <summary>Job titles with their normalized occupations.</summary>
    // The two largest catalogs finish loading in the background; callers that only need skills do not wait for them.
    public JobTitleCatalog Titles => _titles.GetAwaiter().GetResult();

    /// <summary>Degree spellings and their levels.</summary>
    public DegreeCatalog Degrees { get; }

    /// <summary>Given names and surnames.</summary>
    public NameCatalog Names { get; }

    /// <summary>Universities and colleges.</summary>
    public InstitutionCatalog Institutions => _institutions.GetAwaiter().GetResult();

    /// <summary>Countries, states, provinces and cities.</summary>
    public PlaceNames Places { get; }

    /// <summary>Section headings, action verbs and common English words.</summary>
    public ResumeVocabulary Vocabulary { get; }

    private static KnowledgeBase Load()
    {
        var commonWords = ResumeVocabulary.LoadCommonWords(Lines("common-words.tsv"));
        // The independent catalogs load in parallel: start-up time is the slowest one, not the sum.
        var titles = Task.Run(() => JobTitleCatalog.Load(Lines("occupations.tsv"), Text("titles.tsv")));
        var institutions = Task.Run(() => InstitutionCatalog.Load(Lines("universities.tsv")));
        var skills = SkillTaxonomy.Load(Lines("skills.tsv"), commonWords);
        var degrees = DegreeCatalog.Load(Lines("degrees.tsv"));
        var names = NameCatalog.Load(Lines("given-names.txt"), Lines("surnames.txt"));
        var vocabulary = ResumeVocabulary.Load(Lines("section-headings.tsv"), Lines("action-verbs.txt"), Lines("languages.txt"), commonWords);
        var places = PlaceNames.Load(Lines("places.txt"));
        return new KnowledgeBase(skills, titles, degrees, names, institutions, vocabulary, places);
    }

    /// <summary>The whole text of one embedded data file.</summary>
    internal static string Text(string file)
    {
        using var stream = Open(file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Stream Open(string file)
    {
        var asm = typeof(KnowledgeBase).Assembly;
        return asm.GetManifestResourceStream("ResumeLens.Core.Data." + file)
            ?? throw new InvalidOperationException($"Embedded knowledge file {file} is missing from {asm.GetName().Name}.");
    }

    /// <summary>Reads the non-empty lines of one embedded data file.</summary>
    internal static List<string> Lines(string file)
    {
        using var stream = Open(file);
        using var reader = new StreamReader(stream);
        var lines = new List<string>(1024);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }
}
