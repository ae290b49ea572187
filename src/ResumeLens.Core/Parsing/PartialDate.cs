using System.Globalization;

namespace ResumeLens.Core.Parsing;

/// <summary>A date known to the year or the month, as resumes write them.</summary>
public readonly record struct PartialDate(int Year, int Month)
{
    public bool HasMonth => Month is >= 1 and <= 12;

    /// <summary>Months since year 0, taking January when the month is unknown.</summary>
    public int MonthIndex => Year * 12 + (HasMonth ? Month - 1 : 0);

    /// <summary>ISO-8601 partial: "2019" or "2019-03".</summary>
    public string ToIso() => HasMonth
        ? Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture)
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    public static PartialDate From(DateOnly d) => new(d.Year, d.Month);
}

/// <summary>A span of time found in text; <see cref="End"/> is null for "Present" (and for a lone date, equal to Start).</summary>
public sealed record DateRange(PartialDate Start, PartialDate? End, bool IsCurrent, int TextStart, int TextLength);
