using System.Globalization;
using OneWindow.Common.Errors;
using OneWindow.Common.Money;

namespace OneWindow.Common.Tests;

public sealed class CnyTests
{
    [Fact]
    public void Fen_converts_exactly_both_ways()
    {
        Assert.Equal(123450L, Cny.FromFen(123450).Fen);
        Assert.Equal(1234.5m, Cny.FromFen(123450).Yuan);
        Assert.Equal(-1L, new Cny(-0.01m).Fen);
        Assert.Equal(0L, Cny.Zero.Fen);
    }

    [Fact]
    public void An_amount_with_fractions_of_a_fen_refuses_to_become_fen()
    {
        var refusal = Assert.Throws<DomainException>(() => new Cny(1.005m).Fen);

        Assert.Equal(DomainErrorKind.Invalid, refusal.Kind);
        Assert.Equal("money-precision", refusal.Code);
    }

    [Fact]
    public void Trailing_zeros_beyond_the_fen_are_not_extra_precision()
    {
        Assert.Equal(123L, new Cny(1.2300m).Fen);
    }

    [Fact]
    public void Rounding_modes_differ_at_the_midpoint()
    {
        Assert.Equal(new Cny(0.12m), Cny.Of(0.125m, MidpointRounding.ToEven));
        Assert.Equal(new Cny(0.13m), Cny.Of(0.125m, MidpointRounding.AwayFromZero));
        Assert.Equal(new Cny(0.12m), new Cny(0.125m).Round());
        Assert.Equal(new Cny(0.13m), new Cny(0.125m).Round(MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Multiplying_rounds_with_the_mode_asked_for()
    {
        var fee = new Cny(10.10m);

        Assert.Equal(new Cny(0.50m), fee.Multiply(0.05m, MidpointRounding.ToEven));
        Assert.Equal(new Cny(0.51m), fee.Multiply(0.05m, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData(10000L, 3)]
    [InlineData(1L, 3)]
    [InlineData(99999L, 7)]
    [InlineData(-1000L, 3)]
    [InlineData(0L, 4)]
    public void Allocation_sums_exactly_to_the_total(long totalFen, int parts)
    {
        var total = Cny.FromFen(totalFen);

        var shares = total.Allocate(parts);

        Assert.Equal(parts, shares.Length);
        Assert.Equal(totalFen, shares.Sum(s => s.Fen));
        Assert.True(shares.Max(s => s.Fen) - shares.Min(s => s.Fen) <= 1);
    }

    [Fact]
    public void Leftover_fen_go_to_the_first_parts()
    {
        Assert.Equal([new Cny(33.34m), new Cny(33.33m), new Cny(33.33m)], new Cny(100m).Allocate(3));
    }

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        Assert.Equal(new Cny(0.30m), new Cny(0.10m) + new Cny(0.20m));
        Assert.Equal(new Cny(-0.10m), new Cny(0.10m) - new Cny(0.20m));
    }

    [Theory]
    [InlineData("1234.5", "¥1,234.50")]
    [InlineData("0", "¥0.00")]
    [InlineData("1234567.89", "¥1,234,567.89")]
    [InlineData("-3", "-¥3.00")]
    public void Amounts_format_with_the_yuan_sign_and_invariant_grouping(string yuan, string shown)
    {
        var amount = new Cny(decimal.Parse(yuan, CultureInfo.InvariantCulture));

        Assert.Equal(shown, amount.ToString());
    }

    [Fact]
    public void Formatting_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("¥1,234.50", new Cny(1234.5m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
