namespace OneWindow.ServiceDefaults.Tests;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("11010519491231002X", "**************002X")]
    [InlineData("13812345678", "*******5678")]
    [InlineData("张三丰", "张**")]
    [InlineData("x", "*")]
    public void Personal_data_is_masked_before_it_reaches_a_log(string value, string logged) =>
        Assert.Equal(logged, new PersonalDataRedactor().Redact(value));
}
