using ResumeLens.Core.Parsing;

namespace ResumeLens.Core.Tests.Parsing;

public sealed class DateTextTests
{
    private static readonly PartialDate Today = new(2025, 6);

    [Theory]
    [InlineData("Jan 2019 – Present", "2019-01", null)]
    [InlineData("January 2019 - Current", "2019-01", null)]
    [InlineData("03/2018 - 11/2020", "2018-03", "2020-11")]
    [InlineData("2017–19", "2017", "2019")]
    [InlineData("2012 - 2016", "2012", "2016")]
    [InlineData("Oct 2005, till date", "2005-10", null)]
    [InlineData("01st July2009 - till date", "2009-07", null)]
    [InlineData("Sept. 2015 to Aug. 2017", "2015-09", "2017-08")]
    [InlineData("2019-03 – 2021-07", "2019-03", "2021-07")]
    [InlineData("09/14-Present", "2014-09", null)]
    [InlineData("05/13-08/14", "2013-05", "2014-08")]
    [InlineData("Mar '18 - Jun '20", "2018-03", "2020-06")]
    [InlineData("April 07 to Oct ‘07", "2007-04", "2007-10")]
    [InlineData("2016to date", "2016", null)]
    [InlineData("20122016", "2012", "2016")]
    [InlineData("January 2006 to May 2010Mediafax Inc", "2006-01", "2010-05")]
    [InlineData("May 2014January 2015", "2014-05", "2015-01")]
    [InlineData("Jan – Apr 2001", "2001-01", "2001-04")]
    [InlineData("June 1996 – (ongoing)", "1996-06", null)]
    [InlineData("Lewes, Nov to Feb 2001", "2000-11", "2001-02")]
    [InlineData("Fall 2011Spring 2012", "2011-09", "2012-03")]
    [InlineData("15.03.2019 - 30.04.2020", "2019-03", "2020-04")]
    [InlineData("März 2019 bis heute", "2019-03", null)]
    [InlineData("May 11 to Present", "2011-05", null)]
    [InlineData("Apr 09 to May 11", "2009-04", "2011-05")]
    public void Ranges_in_common_styles_are_read(string text, string start, string? end)
    {
        var range = DateText.FindSpan(text, Today);
        Assert.NotNull(range);
        Assert.Equal(start, range.Start.ToIso());
        if (end is null) Assert.True(range.IsCurrent);
        else Assert.Equal(end, range.End!.Value.ToIso());
    }

    [Fact]
    public void A_year_runs_into_a_capitalized_word_but_not_into_a_lowercase_one()
    {
        Assert.Single(DateText.FindRanges("May 2010Mediafax Inc", Today));
        Assert.Empty(DateText.FindRanges("Model 2010x and 2010MB drives", Today));
    }

    [Fact]
    public void Summer_2016_is_a_month_in_the_summer()
    {
        var d = DateText.ParseOne("Summer 2016");
        Assert.Equal(new PartialDate(2016, 6), d);
    }

    [Fact]
    public void Since_2020_is_an_open_range()
    {
        var range = DateText.FindRanges("Team lead since 2020", Today)[0];
        Assert.Equal("2020", range.Start.ToIso());
        Assert.True(range.IsCurrent);
        Assert.Null(range.End);
    }

    [Fact]
    public void A_lone_year_is_not_a_span()
    {
        Assert.Null(DateText.FindSpan("Graduated 2015 with honors", Today));
        Assert.Single(DateText.FindRanges("Graduated 2015 with honors", Today));
    }

    [Fact]
    public void A_month_with_a_short_number_alone_is_no_date()
    {
        Assert.Empty(DateText.FindRanges("Interview on May 11 at the office", Today));
    }

    [Fact]
    public void Years_inside_other_numbers_are_ignored()
    {
        Assert.Empty(DateText.FindRanges("Order 120199 shipped; ID 20201", Today));
    }
}
