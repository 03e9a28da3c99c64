using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>The literal keywords read from a trigger pattern: every match of the pattern contains one of them.</summary>
public sealed class TriggerKeywordsTests
{
    [Theory]
    [InlineData(@"\b(clash(es|ed)?|fought|gun ?battles?)\b", "clash|fought|gun battle|gunbattle")]
    [InlineData(@"\b(withdr[ae]w(n|ing)?|pulled out of)\b", "pulled out of|withdraw|withdrew")]
    [InlineData(@"\bprotest(?<!(lodged|filed) (an? )?protest)(ed|s)?\b", "protest")]
    [InlineData(@"\b(?<!-)backed\b", "backed")]
    [InlineData(@"\b(deployed|sent) (\w+ ){0,3}(troops|soldiers)\b", "soldiers|troops")]
    [InlineData(@"\b(\d+ ?mm (rounds?|shells?)|fired (\w+ ){0,3}rounds)\b", "fired |mm round|mm shell")]
    [InlineData(@"\bbaton[- ]charged?\b", "baton charge|baton-charge")]
    [InlineData(@"\b(riot(s|ers)?(?! (police|gear))|mob)\b", "mob|riot")]
    [InlineData(@"\b(shot dead|killed) (\w+ ){1,3}(civilians|villagers|residents)\b", "killed |shot dead ")] // fewer keywords when as long
    [InlineData(@"(bomb|blast)+ing", "blast|bomb")] // at least one repetition
    [InlineData(@"\bt[0-3]{2}-[a-c]x\b", "-ax|-bx|-cx")] // small classes expand; "t" and [0-3]{2} do not
    [InlineData(@"\bfire(d|s)?? at\b", "fire at|fired at|fires at")] // lazy quantifiers match the same strings
    [InlineData(@"\b(a |an |the )?(army |military )?(base|camp|post|outpost|garrison)\b", "base|camp|garrison|post")] // too many to combine; "outpost" holds "post"
    public void A_pattern_yields_the_literals_every_match_contains(string pattern, string expected)
    {
        Assert.Equal(expected, string.Join('|', TriggerKeywords.Derive(pattern) ?? ["(none)"]));
    }

    [Theory]
    [InlineData(@"(a+)+b")] // only one-letter literals
    [InlineData(@"\b\w+ed\b")]
    [InlineData(@"\b(attack|[a-z]+ed)\b")] // a branch without a literal
    [InlineData(@"(?i)attack")] // inline options: not read
    [InlineData(@"(?<verb>attack)ed")] // named groups: not read
    [InlineData(@"\p{L}+ attack")]
    [InlineData(@"(attack)\1")] // back-reference
    public void A_pattern_without_a_provable_literal_yields_none(string pattern)
    {
        Assert.Null(TriggerKeywords.Derive(pattern));
    }

    [Fact]
    public void A_pattern_the_reader_cannot_balance_yields_none()
    {
        Assert.Null(TriggerKeywords.Derive("attack)"));
        Assert.Null(TriggerKeywords.Derive("(attack"));
        Assert.Null(TriggerKeywords.Derive("[attack"));
    }
}
