using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Common.Privacy;

namespace OneWindow.ServiceDefaults.Tests;

public sealed class PersonalDataProtectionTests
{
    [Fact]
    public void Outside_Development_a_service_without_personal_data_keys_refuses_to_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });

        var refusal = Assert.Throws<InvalidOperationException>(() => builder.AddPersonalDataProtection());

        Assert.Contains("PersonalData", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_keys_are_used_and_values_protected_under_the_development_key_do_not_decrypt()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PersonalData:ActiveKeyId"] = "k2026",
            ["PersonalData:Keys:k2026"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7)).ToArray()),
            ["PersonalData:BlindIndexKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 3)).ToArray()),
        });
        builder.AddPersonalDataProtection();
        using var host = builder.Build();
        var protector = host.Services.GetRequiredService<PersonalDataProtector>();
        var development = new PersonalDataProtector(PersonalDataProtector.DevelopmentOptions());

        var stored = protector.Protect("310101199001011234", "residents.id_number");

        Assert.StartsWith("pd1.k2026.", stored, StringComparison.Ordinal);
        Assert.Equal("310101199001011234", protector.Unprotect(stored, "residents.id_number"));
        Assert.Throws<PersonalDataException>(() => development.Unprotect(stored, "residents.id_number"));
    }

    [Fact]
    public void In_Development_without_keys_the_development_keys_are_used()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.AddPersonalDataProtection();
        using var host = builder.Build();

        var stored = host.Services.GetRequiredService<PersonalDataProtector>().Protect("13800001111", "residents.phone");

        Assert.StartsWith("pd1.dev-1.", stored, StringComparison.Ordinal);
    }
}
