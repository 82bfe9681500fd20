using OneWindow.Common.Privacy;

namespace OneWindow.Common.Tests;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("31010419850309123X", "310***********123X")]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData("1234567", "*******")]
    public void A_resident_id_keeps_only_the_first_three_and_last_four(string value, string masked) =>
        Assert.Equal(masked, Masking.ResidentId(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("123", "***")]
    public void A_phone_keeps_only_the_first_three_and_last_four(string value, string masked) =>
        Assert.Equal(masked, Masking.Phone(value));

    [Theory]
    [InlineData("6222021234567890128", "***************0128")]
    [InlineData("123456789012", "********9012")]
    [InlineData("1234", "****")]
    public void A_bank_account_keeps_only_its_last_four_digits(string value, string masked) =>
        Assert.Equal(masked, Masking.BankAccount(value));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜", "欧**")]
    [InlineData("李", "*")]
    [InlineData("𠮷野家", "𠮷**")]
    public void A_name_keeps_only_its_first_character(string value, string masked) =>
        Assert.Equal(masked, Masking.Name(value));

    [Theory]
    [InlineData("上海市黄浦区人民大道200号", "上海市黄浦区****")]
    [InlineData("北京市", "北****")]
    public void An_address_keeps_only_its_beginning(string value, string masked) =>
        Assert.Equal(masked, Masking.Address(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_values_mask_to_an_empty_string(string? value)
    {
        Assert.Equal(string.Empty, Masking.ResidentId(value));
        Assert.Equal(string.Empty, Masking.Phone(value));
        Assert.Equal(string.Empty, Masking.Name(value));
        Assert.Equal(string.Empty, Masking.Address(value));
    }
}
