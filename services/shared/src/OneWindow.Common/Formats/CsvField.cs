namespace OneWindow.Common.Formats;

/// <summary>
/// One field of a CSV file we write, safe to open in a spreadsheet. A value a resident or an officer typed (a name, a
/// note, a bank's reason) that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would be
/// read by Excel or WPS as a formula (CSV injection: <c>=HYPERLINK(…)</c> sends the sheet's data elsewhere), so it is
/// neutralised with a leading apostrophe, which the spreadsheet shows as text; a field holding a comma, a quote or a
/// line break is quoted. Numbers and amounts we format ourselves go through <see cref="Number"/>, which leaves a minus
/// sign alone.
/// </summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Text from outside our code: neutralised, then quoted when it must be.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
        return safe.IndexOfAny(NeedsQuotes) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    /// <summary>
    /// A number we formatted (an amount, a count): written as it is, so a spreadsheet sums it; refused when it is not a
    /// plain number, so text can never pass here unneutralised.
    /// </summary>
    public static string Number(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var digits = value.StartsWith('-') ? value.AsSpan(1) : value.AsSpan();
        if (digits.IsEmpty || digits.ContainsAnyExcept("0123456789."))
        {
            throw new ArgumentException($"'{value}' is not a plain number.", nameof(value));
        }

        return value;
    }

    /// <summary>The fields of one line of a CSV file we read (a bank's return file): quoted fields as RFC 4180 writes them.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>A line of fields, each already made safe by <see cref="Text"/> or <see cref="Number"/>, ended CRLF as RFC 4180 says.</summary>
    public static string Line(params string[] fields) => string.Join(',', fields) + "\r\n";
}
