using System.Security.Cryptography;

namespace OneWindow.Identity.Application;

/// <summary>
/// Activation codes as a worker reads them off a slip or a text message: eight digits in two groups ("4821-0937").
/// Eight digits against five tries per quarter hour is out of reach of guessing, and easy to type at a window PC.
/// </summary>
public static class ActivationCodes
{
    public static string New()
    {
        var digits = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return $"{digits[..4]}-{digits[4..]}";
    }

    /// <summary>What is compared: the digits only, however the worker spaced them.</summary>
    public static string Normalize(string typed) => new([.. typed.Where(char.IsAsciiDigit)]);
}
