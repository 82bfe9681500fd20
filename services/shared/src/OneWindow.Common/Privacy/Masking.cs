using System.Globalization;
using System.Text;

namespace OneWindow.Common.Privacy;

/// <summary>
/// Display masks for personal data shown to staff, printed on receipts or written to logs.
/// Masking is for display only; it never throws, because a failure here must not stop a page or a log line.
/// </summary>
public static class Masking
{
    private const char Mask = '*';

    /// <summary>Keeps the first 3 and last 4 characters: <c>310***********123X</c>.</summary>
    public static string ResidentId(string? value) => KeepEnds(value, 3, 4);

    /// <summary>Keeps the first 3 and last 4 digits: <c>138****5678</c>.</summary>
    public static string Phone(string? value) => KeepEnds(value, 3, 4);

    /// <summary>Keeps the last 4 digits only, as a bank prints a card on a statement: <c>***************1234</c>.</summary>
    public static string BankAccount(string? value) => KeepEnds(value, 0, 4);

    /// <summary>Keeps the first character and masks each of the rest: <c>张*</c>, <c>欧**</c>.</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        // Text elements, not chars: rare surnames sit outside the BMP and must not be split in half.
        var elements = new StringInfo(value.Trim());
        if (elements.LengthInTextElements == 0)
        {
            return string.Empty;
        }

        if (elements.LengthInTextElements == 1)
        {
            return Mask.ToString();
        }

        return elements.SubstringByTextElements(0, 1) + new string(Mask, elements.LengthInTextElements - 1);
    }

    /// <summary>Keeps the first 6 characters (roughly province and city) and appends <c>****</c>.</summary>
    public static string Address(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var elements = new StringInfo(value.Trim());
        // A short address kept whole would not be masked at all, so keep at most half of it.
        var keep = Math.Min(6, elements.LengthInTextElements / 2);
        return elements.SubstringByTextElements(0, keep) + "****";
    }

    private static string KeepEnds(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var trimmed = value.Trim();
        if (trimmed.Length <= head + tail)
        {
            // Too short to show both ends without revealing most of it.
            return new string(Mask, trimmed.Length);
        }

        return new StringBuilder(trimmed.Length)
            .Append(trimmed, 0, head)
            .Append(Mask, trimmed.Length - head - tail)
            .Append(trimmed, trimmed.Length - tail, tail)
            .ToString();
    }
}
