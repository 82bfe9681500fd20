using System.Globalization;
using OneWindow.Common.Errors;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;

namespace OneWindow.Common.Identity;

/// <summary>
/// An 18-character PRC resident identity card number (GB 11643-1999), validated on construction.
/// <see cref="ToString"/> gives the masked form so the number cannot leak through logs or string
/// interpolation; read <see cref="Value"/> to use the full number deliberately.
/// </summary>
public readonly record struct ResidentIdNumber
{
    /// <summary>The error code used when a number is refused.</summary>
    public const string InvalidCode = "invalid-resident-id";

    private const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71, 81, 82, 83, 91,
    ];

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The full 18-character number, with an upper-case check character.</summary>
    public string Value { get; }

    /// <summary>The 6-digit administrative division code where the number was first issued.</summary>
    public string RegionCode => Value[..6];

    /// <summary>The date of birth encoded in positions 7 to 14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The sex encoded by the parity of the 17th digit.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>Age in completed years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, BirthDate);
        var age = date.Year - BirthDate.Year;
        if (date.Month < BirthDate.Month || (date.Month == BirthDate.Month && date.Day < BirthDate.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>The masked form, e.g. <c>310***********123X</c>; never the full number.</summary>
    public override string ToString() => Masking.ResidentId(Value);

    /// <summary>
    /// Validates <paramref name="text"/>. Birth dates after today in China are refused; a null
    /// <paramref name="clock"/> means the system clock.
    /// </summary>
    public static bool TryParse(string? text, TimeProvider? clock, out ResidentIdNumber id, out string? reason)
    {
        id = default;
        reason = Validate(text, clock ?? TimeProvider.System, out var value, out var birthDate);
        if (reason is not null)
        {
            return false;
        }

        id = new ResidentIdNumber(value, birthDate);
        return true;
    }

    /// <summary>Validates <paramref name="text"/>, refusing an invalid number with <see cref="InvalidCode"/>.</summary>
    public static ResidentIdNumber Parse(string text, TimeProvider clock, string field = "residentIdNumber")
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!TryParse(text, clock, out var id, out var reason))
        {
            throw new DomainException(DomainErrorKind.Invalid, InvalidCode, reason!, field);
        }

        return id;
    }

    /// <summary>
    /// Builds a valid number with its check character computed, for test data and demo seeding.
    /// </summary>
    public static string Compose(string region6, DateOnly birth, int sequence3)
    {
        ArgumentNullException.ThrowIfNull(region6);
        // Bad arguments here are bugs in test or seed code, not user input, so they are not DomainExceptions.
        if (region6.Length != 6 || !region6.All(char.IsAsciiDigit) || !ProvinceCodes.Contains(int.Parse(region6[..2], CultureInfo.InvariantCulture)))
        {
            throw new ArgumentException("The region code must be 6 digits starting with a valid province code.", nameof(region6));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence3);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence3, 999);

        var body = string.Create(CultureInfo.InvariantCulture, $"{region6}{birth:yyyyMMdd}{sequence3:000}");
        return body + CheckCharacter(body);
    }

    private static char CheckCharacter(ReadOnlySpan<char> body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    private static string? Validate(string? text, TimeProvider clock, out string value, out DateOnly birthDate)
    {
        value = string.Empty;
        birthDate = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "A resident ID number is required.";
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (candidate.Length != Length)
        {
            return "A resident ID number has 18 characters.";
        }

        if (candidate.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(candidate[17]) || candidate[17] == 'X'))
        {
            return "A resident ID number is 17 digits followed by a digit or X.";
        }

        if (!ProvinceCodes.Contains(int.Parse(candidate.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            return "The resident ID number does not start with a valid province code.";
        }

        if (!DateOnly.TryParseExact(candidate.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            return "The birth date in the resident ID number is not a real date.";
        }

        if (birth < EarliestBirthDate)
        {
            return "The birth date in the resident ID number is before 1900.";
        }

        if (birth > ChinaTime.Today(clock))
        {
            return "The birth date in the resident ID number is in the future.";
        }

        if (CheckCharacter(candidate) != candidate[17])
        {
            return "The check character of the resident ID number is wrong.";
        }

        value = candidate;
        birthDate = birth;
        return null;
    }
}
