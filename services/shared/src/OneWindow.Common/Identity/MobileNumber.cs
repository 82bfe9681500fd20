using System.Text.RegularExpressions;

namespace OneWindow.Common.Identity;

/// <summary>A mainland China mobile number (11 digits, 1[3-9]…), as SMS providers take it and residents sign in with.</summary>
public static partial class MobileNumber
{
    /// <summary>The 11 digits, with spaces, dashes and a +86/0086 prefix removed; null when it is not a mobile number.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = Separators().Replace(text.Trim(), string.Empty);
        digits = digits.StartsWith("+86", StringComparison.Ordinal) ? digits[3..]
            : digits.StartsWith("0086", StringComparison.Ordinal) ? digits[4..]
            : digits;
        return Pattern().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s\-()]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9][0-9]{9}\z")]
    private static partial Regex Pattern();
}
