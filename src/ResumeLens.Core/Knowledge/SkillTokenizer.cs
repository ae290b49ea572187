namespace ResumeLens.Core.Knowledge;

/// <summary>A word-like token of skill text; <see cref="HardBreakBefore"/> marks punctuation a multi-word name cannot span.</summary>
internal readonly record struct SkillToken(int Start, int Length, bool HardBreakBefore);

/// <summary>Splits text into tokens the way skill names are written: "C++", "C#", ".NET", "Node.js", "CI/CD".</summary>
internal static class SkillTokenizer
{
    public static List<SkillToken> Tokenize(string text)
    {
        var tokens = new List<SkillToken>(text.Length / 5 + 1);
        var hard = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var startsToken = char.IsLetterOrDigit(c) || (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));
            if (!startsToken)
            {
                // Spaces, hyphens, slashes and ampersands join the words of one name; other punctuation separates names.
                if (!(char.IsWhiteSpace(c) || c is '-' or '/' or '&' or '\'' or '’')) hard = true;
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d)) i++;
                else if (d == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) i++;
                else break;
            }
            // Trailing "++" or "#" belong to the name (C++, C#, F#) when not followed by another word character.
            var j = i;
            while (j < text.Length && (text[j] == '+' || text[j] == '#') && j - i < 2) j++;
            if (j > i && (j >= text.Length || !char.IsLetterOrDigit(text[j]))) i = j;
            tokens.Add(new SkillToken(start, i - start, hard));
            hard = false;
        }
        return tokens;
    }

    /// <summary>Writes the lookup key of a token (lower case, inner dots dropped) into <paramref name="buffer"/>.</summary>
    public static int KeyOf(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var n = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (c == '.' && k > 0) continue;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }
}
