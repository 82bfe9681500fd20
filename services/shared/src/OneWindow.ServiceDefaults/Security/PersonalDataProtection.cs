using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneWindow.Common.Privacy;

namespace OneWindow.ServiceDefaults;

public static class PersonalDataProtection
{
    /// <summary>
    /// The personal-data protector with keys from the <c>PersonalData</c> section (Kubernetes secrets in
    /// production). Without keys, Development gets the built-in development keys; anywhere else the service
    /// refuses to start rather than store personal data under a key everybody knows.
    /// </summary>
    public static IHostApplicationBuilder AddPersonalDataProtection(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PersonalDataOptions.SectionName);
        var configured = section.Exists();
        if (!configured && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{PersonalDataOptions.SectionName} keys are not configured. Outside Development personal data needs real keys.");
        }

        builder.Services.AddSingleton(_ =>
        {
            var options = configured ? new PersonalDataOptions() : PersonalDataProtector.DevelopmentOptions();
            if (configured)
            {
                section.Bind(options);
            }

            return new PersonalDataProtector(options);
        });
        return builder;
    }
}
