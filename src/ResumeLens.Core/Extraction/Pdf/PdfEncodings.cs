using System.Collections.Frozen;
using System.Globalization;

namespace ResumeLens.Core.Extraction.Pdf;

/// <summary>Simple-font encodings (code → Unicode) and the glyph-name → Unicode table.</summary>
internal static class PdfEncodings
{
    // Glyph names of WinAnsi codes 0x20..0x7E and 0xA0..0xFF, in order; their Unicode values equal the codes.
    private const string AsciiNames =
        "space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash " +
        "zero one two three four five six seven eight nine colon semicolon less equal greater question " +
        "at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore " +
        "grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde";

    private const string Latin1Names =
        "nbspace exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron " +
        "degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown " +
        "Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis " +
        "Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls " +
        "agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis " +
        "eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";

    // Further names as "name hex" pairs: typographic punctuation, ligatures, Latin Extended, Greek, symbols.
    private const string ExtraNames =
        "bullet 2022 endash 2013 emdash 2014 quoteleft 2018 quoteright 2019 quotesinglbase 201A quotedblleft 201C quotedblright 201D " +
        "quotedblbase 201E dagger 2020 daggerdbl 2021 ellipsis 2026 perthousand 2030 guilsinglleft 2039 guilsinglright 203A " +
        "fi FB01 fl FB02 ff FB00 ffi FB03 ffl FB04 trademark 2122 Euro 20AC florin 0192 circumflex 02C6 tilde 02DC " +
        "OE 0152 oe 0153 Scaron 0160 scaron 0161 Zcaron 017D zcaron 017E Ydieresis 0178 dotlessi 0131 dotlessj 0237 Lslash 0141 lslash 0142 " +
        "minus 2212 fraction 2044 breve 02D8 dotaccent 02D9 ring 02DA ogonek 02DB caron 02C7 hungarumlaut 02DD " +
        "space 0020 nonbreakingspace 00A0 hyphen 002D periodcentered 00B7 middot 00B7 " +
        "Amacron 0100 amacron 0101 Abreve 0102 abreve 0103 Aogonek 0104 aogonek 0105 Cacute 0106 cacute 0107 Ccaron 010C ccaron 010D " +
        "Dcaron 010E dcaron 010F Dcroat 0110 dcroat 0111 Emacron 0112 emacron 0113 Edotaccent 0116 edotaccent 0117 Eogonek 0118 eogonek 0119 " +
        "Ecaron 011A ecaron 011B Gbreve 011E gbreve 011F Idotaccent 0130 Imacron 012A imacron 012B Iogonek 012E iogonek 012F " +
        "Lacute 0139 lacute 013A Lcaron 013D lcaron 013E Nacute 0143 nacute 0144 Ncaron 0147 ncaron 0148 Omacron 014C omacron 014D " +
        "Ohungarumlaut 0150 ohungarumlaut 0151 Racute 0154 racute 0155 Rcaron 0158 rcaron 0159 Sacute 015A sacute 015B Scedilla 015E scedilla 015F " +
        "Tcaron 0164 tcaron 0165 Tcedilla 0162 tcedilla 0163 Umacron 016A umacron 016B Uring 016E uring 016F Uhungarumlaut 0170 uhungarumlaut 0171 " +
        "Uogonek 0172 uogonek 0173 Zacute 0179 zacute 017A Zdotaccent 017B zdotaccent 017C Gcommaaccent 0122 gcommaaccent 0123 " +
        "Kcommaaccent 0136 kcommaaccent 0137 Lcommaaccent 013B lcommaaccent 013C Ncommaaccent 0145 ncommaaccent 0146 " +
        "Rcommaaccent 0156 rcommaaccent 0157 Scommaaccent 0218 scommaaccent 0219 Tcommaaccent 021A tcommaaccent 021B " +
        "Alpha 0391 Beta 0392 Gamma 0393 Delta 2206 Epsilon 0395 Zeta 0396 Eta 0397 Theta 0398 Iota 0399 Kappa 039A Lambda 039B Mu 039C " +
        "Nu 039D Xi 039E Omicron 039F Pi 03A0 Rho 03A1 Sigma 03A3 Tau 03A4 Upsilon 03A5 Phi 03A6 Chi 03A7 Psi 03A8 Omega 2126 " +
        "alpha 03B1 beta 03B2 gamma 03B3 delta 03B4 epsilon 03B5 zeta 03B6 eta 03B7 theta 03B8 iota 03B9 kappa 03BA lambda 03BB mu 00B5 " +
        "nu 03BD xi 03BE omicron 03BF pi 03C0 rho 03C1 sigma 03C3 sigma1 03C2 tau 03C4 upsilon 03C5 phi 03C6 chi 03C7 psi 03C8 omega 03C9 " +
        "arrowleft 2190 arrowup 2191 arrowright 2192 arrowdown 2193 arrowboth 2194 arrowdblright 21D2 arrowdblleft 21D0 " +
        "infinity 221E partialdiff 2202 summation 2211 product 220F radical 221A integral 222B approxequal 2248 notequal 2260 " +
        "lessequal 2264 greaterequal 2265 lozenge 25CA dotmath 22C5 multiply 00D7 divide 00F7 degree 00B0 " +
        "openbullet 25E6 blackcircle 25CF whitecircle 25CB H18533 25CF H18543 25AA H18551 25AB H22073 25A1 filledbox 25A0 square 25A1 " +
        "triagrt 25BA triagdn 25BC triagup 25B2 triaglf 25C4 checkmark 2713 star 2605 heart 2665 club 2663 diamond 2666 spade 2660 " +
        "registered 00AE copyright 00A9 asteriskmath 2217 minute 2032 second 2033 numero 2116 estimated 212E " +
        "onedotenleader 2024 twodotenleader 2025 figuredash 2012 quotereversed 201B afii00208 2015 afii61352 2116 " +
        "zerooldstyle 0030 oneoldstyle 0031 twooldstyle 0032 threeoldstyle 0033 fouroldstyle 0034 fiveoldstyle 0035 " +
        "sixoldstyle 0036 sevenoldstyle 0037 eightoldstyle 0038 nineoldstyle 0039 " +
        "visiblespace 2423 compwordmark 200C perthousandzero 2030 angbracketleft 27E8 angbracketright 27E9 " +
        "slashBig 002F backslashBig 005C periodsuperior 002E commasuperior 002C";

    private static readonly FrozenDictionary<string, string> GlyphNames = BuildGlyphNames();

    /// <summary>WinAnsiEncoding, 256 entries; '\0' marks an unused code.</summary>
    public static readonly string[] WinAnsi = BuildWinAnsi();

    /// <summary>StandardEncoding (the Type 1 default).</summary>
    public static readonly string[] Standard = BuildStandard();

    /// <summary>MacRomanEncoding.</summary>
    public static readonly string[] MacRoman = BuildMacRoman();

    /// <summary>PDFDocEncoding, used for text strings outside content streams.</summary>
    public static readonly string[] PdfDoc = BuildPdfDoc();

    private const string Cp1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private const string MacRomanHigh =
        "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

    private static FrozenDictionary<string, string> BuildGlyphNames()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var ascii = AsciiNames.Split(' ');
        for (var i = 0; i < ascii.Length; i++) map[ascii[i]] = ((char)(0x20 + i)).ToString();
        var latin = Latin1Names.Split(' ');
        for (var i = 0; i < latin.Length; i++) map[latin[i]] = ((char)(0xA0 + i)).ToString();
        var extra = ExtraNames.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < extra.Length; i += 2)
        {
            map[extra[i]] = ((char)int.Parse(extra[i + 1], NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
        }
        map["sfthyphen"] = "-";
        map["nbspace"] = " ";
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[] BuildWinAnsi()
    {
        var table = new string[256];
        for (var i = 0; i < 256; i++) table[i] = i is >= 0x20 and < 0x7F or >= 0xA0 ? ((char)i).ToString() : "\0";
        for (var i = 0; i < 32; i++) table[0x80 + i] = Cp1252High[i].ToString();
        table[0xAD] = "-";
        table[0xA0] = " ";
        return table;
    }

    private static string[] BuildStandard()
    {
        var table = new string[256];
        for (var i = 0; i < 256; i++) table[i] = i is >= 0x20 and < 0x7F ? ((char)i).ToString() : "\0";
        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        // The upper half of StandardEncoding, as "code:name" pairs (octal codes from the spec converted to hex).
        const string high =
            "A1:exclamdown A2:cent A3:sterling A4:fraction A5:yen A6:florin A7:section A8:currency A9:quotesingle AA:quotedblleft " +
            "AB:guillemotleft AC:guilsinglleft AD:guilsinglright AE:fi AF:fl B1:endash B2:dagger B3:daggerdbl B4:periodcentered " +
            "B6:paragraph B7:bullet B8:quotesinglbase B9:quotedblbase BA:quotedblright BB:guillemotright BC:ellipsis BD:perthousand " +
            "BF:questiondown C1:grave C2:acute C3:circumflex C4:tilde C5:macron C6:breve C7:dotaccent C8:dieresis CA:ring CB:cedilla " +
            "CD:hungarumlaut CE:ogonek CF:caron D0:emdash E1:AE E3:ordfeminine E8:Lslash E9:Oslash EA:OE EB:ordmasculine F1:ae " +
            "F5:dotlessi F8:lslash F9:oslash FA:oe FB:germandbls";
        foreach (var pair in high.Split(' '))
        {
            var code = int.Parse(pair.AsSpan(0, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[code] = GlyphNames[pair[3..]];
        }
        return table;
    }

    private static string[] BuildMacRoman()
    {
        var table = new string[256];
        for (var i = 0; i < 128; i++) table[i] = i is >= 0x20 and < 0x7F ? ((char)i).ToString() : "\0";
        for (var i = 0; i < 128; i++) table[128 + i] = MacRomanHigh[i].ToString();
        return table;
    }

    private static string[] BuildPdfDoc()
    {
        var table = new string[256];
        for (var i = 0; i < 256; i++) table[i] = ((char)i).ToString();
        const string specials = "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E";
        for (var i = 0; i < specials.Length; i++) table[0x80 + i] = specials[i].ToString();
        table[0xA0] = "\u20AC";
        const string accents = "\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC";
        for (var i = 0; i < accents.Length; i++) table[0x18 + i] = accents[i].ToString();
        return table;
    }

    /// <summary>Spells out presentation-form ligatures (ﬁ → fi) so that words match what a reader types.</summary>
    public static string ExpandLigatures(string text)
    {
        if (text.Length == 0) return text;
        foreach (var c in text)
        {
            if (c is >= '\uFB00' and <= '\uFB06') return Expand(text);
        }
        return text;

        static string Expand(string text)
        {
            var sb = new System.Text.StringBuilder(text.Length + 4);
            foreach (var c in text)
            {
                sb.Append(c switch
                {
                    '\uFB00' => "ff",
                    '\uFB01' => "fi",
                    '\uFB02' => "fl",
                    '\uFB03' => "ffi",
                    '\uFB04' => "ffl",
                    '\uFB05' or '\uFB06' => "st",
                    _ => c.ToString(),
                });
            }
            return sb.ToString();
        }
    }

    public static string[]? ByName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi,
        "MacRomanEncoding" => MacRoman,
        "StandardEncoding" => Standard,
        "PDFDocEncoding" => PdfDoc,
        "MacExpertEncoding" => Standard,
        _ => null,
    };

    /// <summary>Unicode text for a glyph name: the table first, then uniXXXX, uXXXX[XX], ligature parts and suffixes.</summary>
    public static string? GlyphToUnicode(string name)
    {
        if (GlyphNames.TryGetValue(name, out var known)) return known;
        var dot = name.IndexOf('.');
        if (dot > 0) return GlyphToUnicode(name[..dot]);
        if (name.Contains('_'))
        {
            var text = "";
            foreach (var part in name.Split('_'))
            {
                var u = GlyphToUnicode(part);
                if (u is null) return null;
                text += u;
            }
            return text;
        }
        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var chars = new char[(name.Length - 3) / 4];
            for (var i = 0; i < chars.Length; i++)
            {
                if (!int.TryParse(name.AsSpan(3 + i * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return null;
                chars[i] = (char)v;
            }
            return new string(chars);
        }
        if (name.Length is >= 5 and <= 7 && name[0] == 'u' &&
            int.TryParse(name.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp) && cp <= 0x10FFFF)
        {
            return char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp);
        }
        if (name.Length == 1) return name;
        return null;
    }
}
