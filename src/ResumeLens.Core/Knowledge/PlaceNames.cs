namespace ResumeLens.Core.Knowledge;

/// <summary>
/// Countries, states, provinces and cities, for telling where a job or school was from who it was with:
/// "Hyderabad" under "Infosys Ltd" is a place, not a second employer. Matching ignores case and accents.
/// </summary>
public sealed class PlaceNames
{
    private readonly HashSet<string> _places;

    private PlaceNames(HashSet<string> places) => _places = places;

    /// <summary>Whether the whole text names a known place ("São Paulo", "sao paulo", "Tamil Nadu").</summary>
    public bool IsPlace(string text)
    {
        var t = text.Trim().TrimEnd('.', ',');
        return t.Length >= 2 && _places.Contains(Folded(t));
    }

    internal static PlaceNames Load(List<string> lines)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in lines) set.Add(Folded(l));
        return new PlaceNames(set);
    }

    // Accented Latin letters as their base letter; the runtime's normalization is off in invariant mode.
    private static string Folded(string s)
    {
        if (!s.AsSpan().ContainsAnyExceptInRange('\0', '\u007f')) return s;
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
                'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'A',
                'ç' => 'c',
                'Ç' => 'C',
                'è' or 'é' or 'ê' or 'ë' => 'e',
                'È' or 'É' or 'Ê' or 'Ë' => 'E',
                'ì' or 'í' or 'î' or 'ï' => 'i',
                'Ì' or 'Í' or 'Î' or 'Ï' => 'I',
                'ñ' => 'n',
                'Ñ' => 'N',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
                'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' => 'O',
                'ù' or 'ú' or 'û' or 'ü' => 'u',
                'Ù' or 'Ú' or 'Û' or 'Ü' => 'U',
                'ý' or 'ÿ' => 'y',
                'Ý' => 'Y',
                _ => chars[i],
            };
        }
        return new string(chars);
    }
}
