using System.IO.Compression;
using System.Text;

namespace ResumeLens.Core.Tests.Extraction.Docx;

/// <summary>Builds small DOCX and ODT packages from raw XML so each test states exactly what the file holds.</summary>
internal static class TestPackages
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
          <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
          <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
          <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
          <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        </Types>
        """;

    private const string RootRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>
        """;

    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>
        </w:styles>
        """;

    private const string Numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
          <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
          <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """;

    private const string Core = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <dc:title>Jane Doe Resume</dc:title><dc:creator>Jane Doe</dc:creator>
          <dcterms:created xsi:type="dcterms:W3CDTF">2023-04-05T06:07:08Z</dcterms:created>
          <dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:modified>
        </cp:coreProperties>
        """;

    /// <summary>A DOCX whose body is <paramref name="bodyXml"/>; header/footer paragraphs and hyperlinks are optional.</summary>
    public static byte[] BuildDocx(string bodyXml, string? headerXml = null, string? footerXml = null, IReadOnlyDictionary<string, string>? links = null)
    {
        var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        rels.Append("""<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        rels.Append("""<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>""");
        if (headerXml is not null) rels.Append("""<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>""");
        if (footerXml is not null) rels.Append("""<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>""");
        foreach (var (id, url) in links ?? new Dictionary<string, string>())
        {
            rels.Append($"""<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{url}" TargetMode="External"/>""");
        }
        rels.Append("</Relationships>");

        var sect = new StringBuilder("<w:sectPr>");
        if (headerXml is not null) sect.Append("""<w:headerReference w:type="default" r:id="rIdH"/>""");
        if (footerXml is not null) sect.Append("""<w:footerReference w:type="default" r:id="rIdF"/>""");
        sect.Append("""<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>""");

        const string ns = """xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps" """;
        var document = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{bodyXml}{sect}</w:body></w:document>""";

        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", ContentTypes),
            ("_rels/.rels", RootRels),
            ("docProps/core.xml", Core),
            ("word/_rels/document.xml.rels", rels.ToString()),
            ("word/document.xml", document),
            ("word/styles.xml", Styles),
            ("word/numbering.xml", Numbering),
        };
        if (headerXml is not null) parts.Add(("word/header1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {ns}>{headerXml}</w:hdr>"""));
        if (footerXml is not null) parts.Add(("word/footer1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {ns}>{footerXml}</w:ftr>"""));
        return Zip(parts);
    }

    /// <summary>A paragraph of plain runs, optionally with a paragraph style.</summary>
    public static string P(string text, string? style = null) =>
        $"""<w:p>{(style is null ? "" : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>")}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>""";

    /// <summary>An ODT whose office:text holds <paramref name="bodyXml"/>.</summary>
    public static byte[] BuildOdt(string bodyXml, string? automaticStyles = null, string? metaXml = null, string? masterPageXml = null)
    {
        const string ns = """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" """;
        var content = $"""<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:automatic-styles>{automaticStyles}</office:automatic-styles><office:body><office:text>{bodyXml}</office:text></office:body></office:document-content>""";
        var styles = $"""<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:master-styles><style:master-page style:name="Standard">{masterPageXml}</style:master-page></office:master-styles></office:document-styles>""";
        var meta = $"""<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns}><office:meta>{metaXml}</office:meta></office:document-meta>""";
        var manifest = """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>""";
        return Zip([
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ]);
    }

    public static byte[] Zip(IEnumerable<(string Name, string Content)> parts)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                // The ODF mimetype must be stored uncompressed so it can be sniffed.
                var entry = zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var s = entry.Open();
                s.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return ms.ToArray();
    }
}
