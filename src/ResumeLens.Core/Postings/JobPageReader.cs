using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ResumeLens.Core.Postings;

/// <summary>
/// Reads a job posting web page: the schema.org JobPosting JSON-LD block when the page has one
/// (its fields are authoritative), else the page's main content, then requirements from the text.
/// </summary>
public static class JobPageReader
{
    private static readonly string[] NoiseSelectors =
        ["script", "style", "noscript", "template", "svg", "nav", "footer", "form", "button", "iframe", "header", "aside", "[hidden]", "[aria-hidden=true]"];

    /// <summary>Parses an HTML page into a JobPosting.</summary>
    public static JobPosting Read(string html, JobDescriptionParser parser, Uri? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fromJsonLd = ReadJsonLd(document);
        var pageTitle = PageTitle(document);
        var mainText = MainText(document);

        if (fromJsonLd is not null)
        {
            // JSON-LD descriptions are HTML fragments; the page body may carry more of the posting.
            var descriptionText = HtmlToText(fromJsonLd.Description ?? "");
            var text = descriptionText.Length >= mainText.Length ? descriptionText : descriptionText + "\n\n" + mainText;
            return parser.Parse(text, fromJsonLd with { Description = descriptionText, Url = fromJsonLd.Url ?? url?.ToString() });
        }

        var posting = parser.Parse(pageTitle.Title is { } t ? t + "\n\n" + mainText : mainText);
        return posting with
        {
            Title = pageTitle.Title ?? posting.Title,
            HiringOrganization = pageTitle.Company is { } c ? new Organization(c) : posting.HiringOrganization,
            JobLocation = pageTitle.Location is { } l && posting.JobLocation is null ? new Place(new PostalAddress(l)) : posting.JobLocation,
            Url = url?.ToString(),
        };
    }

    /// <summary>The first schema.org JobPosting object in the page's JSON-LD blocks, or null.</summary>
    public static JobPosting? ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            }
            catch (JsonException)
            {
                continue; // broken blocks are common; the page text remains
            }
            using (json)
            {
                if (FindJobPosting(json.RootElement) is { } element) return FromJsonLd(element);
            }
        }
        return null;
    }

    private static JsonElement? FindJobPosting(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindJobPosting(item) is { } found) return found;
                }
                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && IsJobPostingType(type)) return element;
                if (element.TryGetProperty("@graph", out var graph)) return FindJobPosting(graph);
                return null;
            default:
                return null;
        }
    }

    private static bool IsJobPostingType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => type.GetString() is "JobPosting" or "schema:JobPosting" or "http://schema.org/JobPosting" or "https://schema.org/JobPosting",
        JsonValueKind.Array => type.EnumerateArray().Any(IsJobPostingType),
        _ => false,
    };

    private static JobPosting FromJsonLd(JsonElement e)
    {
        var months = 0;
        if (e.TryGetProperty("experienceRequirements", out var exp))
        {
            if (exp.ValueKind == JsonValueKind.Object && exp.TryGetProperty("monthsOfExperience", out var m) && TryNumber(m, out var n)) months = (int)n;
        }
        EducationRequirement? education = null;
        if (e.TryGetProperty("educationRequirements", out var edu))
        {
            var category = edu.ValueKind == JsonValueKind.Object ? Str(edu, "credentialCategory") : edu.ValueKind == JsonValueKind.String ? edu.GetString() : null;
            if (category is not null && LevelOf(category) is { } level) education = new EducationRequirement(category, level);
        }
        return new JobPosting
        {
            Title = Clean(Str(e, "title")),
            Description = Str(e, "description"),
            HiringOrganization = Organization(e),
            JobLocation = Location(e),
            JobLocationType = StrOrFirst(e, "jobLocationType"),
            EmploymentType = EmploymentType(e),
            DatePosted = Str(e, "datePosted"),
            Url = Str(e, "url"),
            Skills = Strings(e, "skills"),
            Qualifications = Strings(e, "qualifications").Select(HtmlToText).Where(s => s.Length > 0).ToList(),
            Responsibilities = Strings(e, "responsibilities").Select(HtmlToText).Where(s => s.Length > 0).ToList(),
            ExperienceRequirements = months > 0 ? new ExperienceRequirement(months) : null,
            EducationRequirements = education,
        };
    }

    private static string? LevelOf(string category)
    {
        var c = category.ToLowerInvariant();
        if (c.Contains("doctor", StringComparison.Ordinal) || c.Contains("phd", StringComparison.Ordinal)) return "doctorate";
        if (c.Contains("master", StringComparison.Ordinal) || c.Contains("postgraduate", StringComparison.Ordinal)) return "master";
        if (c.Contains("bachelor", StringComparison.Ordinal)) return "bachelor";
        if (c.Contains("associate", StringComparison.Ordinal)) return "associate";
        if (c.Contains("certificate", StringComparison.Ordinal) || c.Contains("professional", StringComparison.Ordinal)) return "certificate";
        if (c.Contains("high school", StringComparison.Ordinal)) return "high-school";
        return null;
    }

    private static Organization? Organization(JsonElement e)
    {
        if (!e.TryGetProperty("hiringOrganization", out var org)) return null;
        if (org.ValueKind == JsonValueKind.String) return Clean(org.GetString()) is { } s ? new Organization(s) : null;
        if (org.ValueKind != JsonValueKind.Object) return null;
        var name = Clean(Str(org, "name"));
        return name is null ? null : new Organization(name, Str(org, "sameAs"));
    }

    private static Place? Location(JsonElement e)
    {
        if (!e.TryGetProperty("jobLocation", out var loc)) return null;
        if (loc.ValueKind == JsonValueKind.Array) loc = loc.EnumerateArray().FirstOrDefault();
        if (loc.ValueKind != JsonValueKind.Object) return null;
        if (!loc.TryGetProperty("address", out var address)) return null;
        if (address.ValueKind == JsonValueKind.String) return Clean(address.GetString()) is { } s ? new Place(new PostalAddress(s)) : null;
        if (address.ValueKind != JsonValueKind.Object) return null;
        var country = address.TryGetProperty("addressCountry", out var c)
            ? c.ValueKind == JsonValueKind.Object ? Str(c, "name") : c.ValueKind == JsonValueKind.String ? c.GetString() : null
            : null;
        return new Place(new PostalAddress(Clean(Str(address, "addressLocality")), Clean(Str(address, "addressRegion")), Clean(country),
            Clean(Str(address, "streetAddress")), Clean(Str(address, "postalCode"))));
    }

    private static string? EmploymentType(JsonElement e)
    {
        if (!e.TryGetProperty("employmentType", out var t)) return null;
        if (t.ValueKind == JsonValueKind.String) return Clean(t.GetString());
        if (t.ValueKind == JsonValueKind.Array)
        {
            var parts = t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(s => s.Length > 0);
            var joined = string.Join(", ", parts);
            return joined.Length == 0 ? null : joined;
        }
        return null;
    }

    private static bool TryNumber(JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind switch
        {
            JsonValueKind.Number => e.TryGetDouble(out value),
            JsonValueKind.String => double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? StrOrFirst(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        if (v.ValueKind == JsonValueKind.Array) return v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault();
        return null;
    }

    private static List<string> Strings(JsonElement e, string name)
    {
        var list = new List<string>();
        if (!e.TryGetProperty(name, out var v)) return list;
        if (v.ValueKind == JsonValueKind.String)
        {
            foreach (var part in v.GetString()!.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) list.Add(part);
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!.Trim());
                else if (item.ValueKind == JsonValueKind.Object && Str(item, "name") is { } n) list.Add(n.Trim());
            }
        }
        return list;
    }

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        s = System.Net.WebUtility.HtmlDecode(s).Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>Text of an HTML fragment with block elements on their own lines and list items as bullets.</summary>
    public static string HtmlToText(string html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        if (!html.Contains('<')) return System.Net.WebUtility.HtmlDecode(html).Trim();
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var sb = new StringBuilder();
        AppendText(doc.Body!, sb);
        return Tidy(sb.ToString());
    }

    private static (string? Title, string? Company, string? Location) PageTitle(IDocument document)
    {
        // "Acme hiring Senior Engineer in Berlin, Germany | LinkedIn" is how job boards title pages.
        var title = document.Title ?? "";
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0) title = title[..bar];
        var hiring = title.IndexOf(" hiring ", StringComparison.Ordinal);
        if (hiring > 0)
        {
            var company = title[..hiring].Trim();
            var rest = title[(hiring + 8)..];
            var inAt = rest.LastIndexOf(" in ", StringComparison.Ordinal);
            return inAt > 0 ? (rest[..inAt].Trim(), company, rest[(inAt + 4)..].Trim()) : (rest.Trim(), company, null);
        }
        var h1 = document.QuerySelector("h1")?.TextContent.Trim();
        if (!string.IsNullOrEmpty(h1) && h1.Length <= 100) return (Collapse(h1), null, null);
        return (null, null, null);
    }

    /// <summary>The page's main content: &lt;main&gt;, &lt;article&gt; or the densest text container, without navigation and scripts.</summary>
    public static string MainText(IDocument document)
    {
        foreach (var selector in NoiseSelectors)
        {
            foreach (var el in document.QuerySelectorAll(selector).ToList()) el.Remove();
        }
        var body = document.Body;
        if (body is null) return "";
        var candidates = document.QuerySelectorAll("[class*='description'], [id*='description'], [class*='job-details'], article, main").ToList();
        IElement best = body;
        var bestWords = int.MaxValue;
        foreach (var c in candidates)
        {
            var words = WordCount(c.TextContent);
            // The tightest container that still holds a real posting: wrappers also carry "similar jobs" lists.
            if (words >= 80 && words < bestWords) (best, bestWords) = (c, words);
        }
        // Take in the enclosing block when it adds little, such as a job-criteria list beside the text.
        if (best != body && best.ParentElement is { } parent && parent != body && WordCount(parent.TextContent) <= bestWords * 1.3) best = parent;
        var sb = new StringBuilder();
        AppendText(best, sb);
        return Tidy(sb.ToString());
    }

    private static int WordCount(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            var letter = !char.IsWhiteSpace(ch);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data);
                continue;
            }
            if (child is not IElement el) continue;
            var tag = el.LocalName;
            if (tag is "script" or "style" or "noscript" or "template") continue;
            var block = tag is "p" or "div" or "section" or "article" or "main" or "ul" or "ol" or "table" or "tr" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "footer" or "blockquote" or "pre" or "dl" or "dt" or "dd";
            if (tag == "br") { sb.Append('\n'); continue; }
            if (tag == "li") { sb.Append("\n- "); AppendText(el, sb); sb.Append('\n'); continue; }
            if (block) sb.Append("\n\n");
            AppendText(el, sb);
            if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "strong" && IsWholeLine(el)) sb.Append('\n');
            if (block) sb.Append("\n\n");
            else if (tag is "td" or "th") sb.Append(' ');
        }
    }

    private static bool IsWholeLine(IElement el) => el.LocalName != "strong" || el.Parent is IElement { LocalName: "p" } p && p.TextContent.Trim() == el.TextContent.Trim();

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var raw in lines)
        {
            var line = Collapse(raw);
            if (line.Length == 0 || line == "-")
            {
                blank++;
                continue;
            }
            if (sb.Length > 0) sb.Append(blank > 0 ? "\n\n" : "\n");
            sb.Append(line);
            blank = 0;
        }
        return sb.ToString();
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
