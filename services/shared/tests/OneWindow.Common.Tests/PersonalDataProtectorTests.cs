using System.Security.Cryptography;
using OneWindow.Common.Privacy;

namespace OneWindow.Common.Tests;

public sealed class PersonalDataProtectorTests
{
    private const string IdColumn = "applicant.id_number";

    private static readonly string Key1 = NewKey();
    private static readonly string Key2 = NewKey();
    private static readonly string BlindKey = NewKey();

    [Fact]
    public void A_protected_value_round_trips()
    {
        var protector = Protector("k1", ("k1", Key1));

        var stored = protector.Protect("11010519491231002X", IdColumn);

        Assert.StartsWith("pd1.k1.", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("11010519491231002X", stored, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", protector.Unprotect(stored, IdColumn));
    }

    [Fact]
    public void Empty_and_non_ascii_values_round_trip()
    {
        var protector = Protector("k1", ("k1", Key1));

        Assert.Equal(string.Empty, protector.Unprotect(protector.Protect(string.Empty, IdColumn), IdColumn));
        Assert.Equal("上海市黄浦区", protector.Unprotect(protector.Protect("上海市黄浦区", "applicant.address"), "applicant.address"));
    }

    [Fact]
    public void The_same_value_protects_differently_each_time()
    {
        var protector = Protector("k1", ("k1", Key1));

        Assert.NotEqual(protector.Protect("13812345678", "applicant.phone"), protector.Protect("13812345678", "applicant.phone"));
    }

    [Fact]
    public void A_value_moved_to_another_column_does_not_decrypt()
    {
        var protector = Protector("k1", ("k1", Key1));
        var stored = protector.Protect("13812345678", "applicant.phone");

        Assert.Throws<PersonalDataException>(() => protector.Unprotect(stored, "agent.phone"));
    }

    [Fact]
    public void A_tampered_value_does_not_decrypt()
    {
        var protector = Protector("k1", ("k1", Key1));
        var stored = protector.Protect("13812345678", "applicant.phone");
        var flipped = stored[^3] == 'A' ? 'B' : 'A';
        var tampered = stored[..^3] + flipped + stored[^2..];

        Assert.Throws<PersonalDataException>(() => protector.Unprotect(tampered, "applicant.phone"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13812345678")]
    [InlineData("pd1.k1")]
    [InlineData("pd2.k1.AAAA")]
    [InlineData("pd1.k1.AAAA")]
    [InlineData("pd1.k1.!!!!")]
    [InlineData("pd1.unknown.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Badly_formed_values_are_refused(string stored)
    {
        var protector = Protector("k1", ("k1", Key1));

        Assert.Throws<PersonalDataException>(() => protector.Unprotect(stored, IdColumn));
    }

    [Fact]
    public void A_value_protected_under_an_old_key_still_decrypts_and_can_be_moved_to_the_new_key()
    {
        var before = Protector("k1", ("k1", Key1));
        var stored = before.Protect("11010519491231002X", IdColumn);

        var after = Protector("k2", ("k1", Key1), ("k2", Key2));

        Assert.True(after.NeedsRotation(stored));
        Assert.Equal("11010519491231002X", after.Unprotect(stored, IdColumn));

        var rotated = after.Reprotect(stored, IdColumn);
        Assert.StartsWith("pd1.k2.", rotated, StringComparison.Ordinal);
        Assert.False(after.NeedsRotation(rotated));
        Assert.Equal("11010519491231002X", after.Unprotect(rotated, IdColumn));
    }

    [Fact]
    public void A_value_under_a_key_that_was_removed_is_refused()
    {
        var stored = Protector("k1", ("k1", Key1)).Protect("13812345678", IdColumn);

        var exception = Assert.Throws<PersonalDataException>(() => Protector("k2", ("k2", Key2)).Unprotect(stored, IdColumn));
        Assert.Contains("k1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_blind_index_ignores_case_and_surrounding_whitespace()
    {
        var protector = Protector("k1", ("k1", Key1));

        Assert.Equal(
            protector.BlindIndex("11010519491231002X", IdColumn),
            protector.BlindIndex("  11010519491231002x ", IdColumn));
        Assert.NotEqual(
            protector.BlindIndex("11010519491231002X", IdColumn),
            protector.BlindIndex("11010519491231003X", IdColumn));
    }

    [Fact]
    public void The_blind_index_differs_across_purposes_and_survives_key_rotation()
    {
        var before = Protector("k1", ("k1", Key1));
        var after = Protector("k2", ("k1", Key1), ("k2", Key2));

        Assert.NotEqual(before.BlindIndex("13812345678", "applicant.phone"), before.BlindIndex("13812345678", "agent.phone"));
        Assert.Equal(before.BlindIndex("13812345678", "applicant.phone"), after.BlindIndex("13812345678", "applicant.phone"));
    }

    [Fact]
    public void An_active_key_that_is_not_configured_is_refused_with_a_clear_message()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Protector("k9", ("k1", Key1)));

        Assert.Contains("ActiveKeyId 'k9'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused_with_a_clear_message()
    {
        var shortKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

        var exception = Assert.Throws<InvalidOperationException>(() => Protector("k1", ("k1", shortKey)));

        Assert.Contains("PersonalData:Keys:k1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("32-byte", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused_with_a_clear_message()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Protector("k1", ("k1", "not base64!")));

        Assert.Contains("not valid base64", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_short_blind_index_key_is_refused_with_a_clear_message()
    {
        var missing = new PersonalDataOptions { ActiveKeyId = "k1" };
        missing.Keys["k1"] = Key1;
        var tooShort = new PersonalDataOptions { ActiveKeyId = "k1", BlindIndexKey = Convert.ToBase64String(new byte[16]) };
        tooShort.Keys["k1"] = Key1;

        Assert.Contains("BlindIndexKey is not set", Assert.Throws<InvalidOperationException>(() => new PersonalDataProtector(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("at least 32 bytes", Assert.Throws<InvalidOperationException>(() => new PersonalDataProtector(tooShort)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_development_options_are_valid()
    {
        var protector = new PersonalDataProtector(PersonalDataProtector.DevelopmentOptions());

        Assert.Equal("dev-1", protector.ActiveKeyId);
        Assert.Equal("13812345678", protector.Unprotect(protector.Protect("13812345678", "applicant.phone"), "applicant.phone"));
    }

    private static PersonalDataProtector Protector(string active, params (string Id, string Key)[] keys)
    {
        var options = new PersonalDataOptions { ActiveKeyId = active, BlindIndexKey = BlindKey };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return new PersonalDataProtector(options);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
