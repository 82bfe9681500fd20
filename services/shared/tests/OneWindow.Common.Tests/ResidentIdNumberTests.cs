using Microsoft.Extensions.Time.Testing;
using OneWindow.Common.Errors;
using OneWindow.Common.Identity;

namespace OneWindow.Common.Tests;

public sealed class ResidentIdNumberTests
{
    // Noon in Shanghai on 2025-06-15, so "today" is unambiguous.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2025, 6, 15, 4, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_composed_number_is_valid_and_carries_its_parts()
    {
        var text = ResidentIdNumber.Compose("310104", new DateOnly(1985, 3, 9), 123);

        var id = ResidentIdNumber.Parse(text, Clock);

        Assert.Equal(text, id.Value);
        Assert.Equal("310104", id.RegionCode);
        Assert.Equal(new DateOnly(1985, 3, 9), id.BirthDate);
    }

    [Fact]
    public void A_known_real_format_number_is_accepted()
    {
        Assert.True(ResidentIdNumber.TryParse("11010519491231002X", Clock, out var id, out var reason));
        Assert.Null(reason);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Sex.Female, id.Sex);
    }

    [Fact]
    public void A_lower_case_x_and_surrounding_spaces_are_accepted()
    {
        var id = ResidentIdNumber.Parse("  11010519491231002x ", Clock);

        Assert.Equal("11010519491231002X", id.Value);
    }

    [Fact]
    public void A_resident_id_with_a_wrong_check_digit_is_refused()
    {
        Assert.False(ResidentIdNumber.TryParse("110105194912310021", Clock, out _, out var reason));
        Assert.Contains("check", reason, StringComparison.OrdinalIgnoreCase);

        var refusal = Assert.Throws<DomainException>(() => ResidentIdNumber.Parse("110105194912310021", Clock, "applicant.idNumber"));
        Assert.Equal(DomainErrorKind.Invalid, refusal.Kind);
        Assert.Equal("invalid-resident-id", refusal.Code);
        Assert.Equal("applicant.idNumber", refusal.Field);
        Assert.DoesNotContain("110105194912310021", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_birth_date_is_refused()
    {
        var text = WithCheckCharacter("31010419990230123");

        Assert.False(ResidentIdNumber.TryParse(text, Clock, out _, out var reason));
        Assert.Contains("not a real date", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birth_date_after_today_in_Shanghai_is_refused()
    {
        var tomorrow = ResidentIdNumber.Compose("310104", new DateOnly(2025, 6, 16), 1);
        var today = ResidentIdNumber.Compose("310104", new DateOnly(2025, 6, 15), 1);

        Assert.False(ResidentIdNumber.TryParse(tomorrow, Clock, out _, out var reason));
        Assert.Contains("future", reason, StringComparison.Ordinal);
        Assert.True(ResidentIdNumber.TryParse(today, Clock, out _, out _));
    }

    [Fact]
    public void Today_is_taken_in_Shanghai_not_in_UTC()
    {
        // 2025-06-15 20:00 UTC is already 2025-06-16 in Shanghai.
        var lateUtc = new FakeTimeProvider(new DateTimeOffset(2025, 6, 15, 20, 0, 0, TimeSpan.Zero));
        var bornOn16th = ResidentIdNumber.Compose("310104", new DateOnly(2025, 6, 16), 1);

        Assert.True(ResidentIdNumber.TryParse(bornOn16th, lateUtc, out _, out _));
    }

    [Fact]
    public void A_birth_date_before_1900_is_refused()
    {
        var text = WithCheckCharacter("31010418991231123");

        Assert.False(ResidentIdNumber.TryParse(text, Clock, out _, out var reason));
        Assert.Contains("1900", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("16")]
    [InlineData("72")]
    [InlineData("99")]
    public void A_number_with_an_unknown_province_is_refused(string province)
    {
        var text = WithCheckCharacter(province + "010419850309123");

        Assert.False(ResidentIdNumber.TryParse(text, Clock, out _, out var reason));
        Assert.Contains("province", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100211")]
    [InlineData("11010519491231A02X")]
    [InlineData("11010519491231002Y")]
    public void Malformed_text_is_refused(string? text)
    {
        Assert.False(ResidentIdNumber.TryParse(text, Clock, out var id, out var reason));
        Assert.NotNull(reason);
        Assert.Equal(default, id);
    }

    [Fact]
    public void ToString_is_masked_and_never_the_full_number()
    {
        var id = ResidentIdNumber.Parse("11010519491231002X", Clock);

        Assert.Equal("110***********002X", id.ToString());
        Assert.Equal("applicant 110***********002X", $"applicant {id}");
    }

    [Fact]
    public void Sex_follows_the_parity_of_the_17th_digit()
    {
        var male = ResidentIdNumber.Parse(ResidentIdNumber.Compose("440305", new DateOnly(1990, 1, 1), 13), Clock);
        var female = ResidentIdNumber.Parse(ResidentIdNumber.Compose("440305", new DateOnly(1990, 1, 1), 14), Clock);

        Assert.Equal(Sex.Male, male.Sex);
        Assert.Equal(Sex.Female, female.Sex);
    }

    [Fact]
    public void Age_counts_completed_years_and_turns_over_on_the_birthday()
    {
        var id = ResidentIdNumber.Parse(ResidentIdNumber.Compose("310104", new DateOnly(2007, 6, 15), 1), Clock);

        Assert.Equal(17, id.AgeOn(new DateOnly(2025, 6, 14)));
        Assert.Equal(18, id.AgeOn(new DateOnly(2025, 6, 15)));
        Assert.Equal(0, id.AgeOn(new DateOnly(2007, 6, 15)));
    }

    [Fact]
    public void Compose_refuses_an_unknown_province_or_an_out_of_range_sequence()
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.Compose("990101", new DateOnly(1990, 1, 1), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ResidentIdNumber.Compose("310104", new DateOnly(1990, 1, 1), 1000));
    }

    private static string WithCheckCharacter(string body17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body17 + "10X98765432"[sum % 11];
    }
}
