using Microsoft.Extensions.Compliance.Redaction;

namespace OneWindow.ServiceDefaults;

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
