using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OneWindow.ServiceDefaults;

/// <summary>Data classes of OneWindow: personal data never reaches a log in full.</summary>
public static class DataTaxonomy
{
    public static DataClassification PersonalData { get; } = new("OneWindow", "PersonalData");
}

/// <summary>Marks a log parameter as personal data: it is masked before any logger sees it.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataTaxonomy.PersonalData);

/// <summary>
/// Keeps enough to tell values apart while on call (the last four characters of long values, the
/// first of short ones, e.g. a name) and nothing that identifies a person.
/// </summary>
public sealed class PersonalDataRedactor : Redactor
{
    public override int GetRedactedLength(ReadOnlySpan<char> input) => input.Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        destination[..source.Length].Fill('*');
        if (source.Length >= 8)
        {
            source[^4..].CopyTo(destination[(source.Length - 4)..]);
        }
        else if (source.Length >= 2)
        {
            destination[0] = source[0];
        }

        return source.Length;
    }
}

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
