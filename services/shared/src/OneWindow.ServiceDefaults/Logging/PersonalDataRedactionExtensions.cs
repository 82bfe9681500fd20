using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneWindow.ServiceDefaults;

public static class PersonalDataRedactionExtensions
{
    public static IHostApplicationBuilder AddPersonalDataRedaction(this IHostApplicationBuilder builder)
    {
        builder.Logging.EnableRedaction();
        builder.Services.AddRedaction(redaction =>
            redaction.SetRedactor<PersonalDataRedactor>(new DataClassificationSet(DataTaxonomy.PersonalData)));
        return builder;
    }
}
