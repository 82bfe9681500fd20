using OneWindow.Common.Errors;

namespace OneWindow.PolicyLaw.Domain.Disbursement;

/// <summary>
/// The account a benefit is paid into (docs/adr/0026): digits only, 12 to 19 of them (a passbook account or a bank
/// card). A UnionPay card number (16 to 19 digits beginning 62) carries a Luhn check digit, so a mistyped digit or two
/// swapped ones is caught at the desk, not by the bank a month later.
/// </summary>
public static class BankAccount
{
    public static string Check(string? account, string field = "account")
    {
        var digits = (account ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is < 12 or > 19 || !digits.All(char.IsAsciiDigit))
        {
            throw new DomainException(DomainErrorKind.Invalid, "invalid-account", "An account number is 12 to 19 digits.", field);
        }

        if (IsUnionPayCard(digits) && !PassesLuhn(digits))
        {
            throw new DomainException(DomainErrorKind.Invalid, "account-check-failed", "This card number fails its check digit: a digit is mistyped.", field);
        }

        return digits;
    }

    public static bool IsUnionPayCard(string digits) => digits.Length >= 16 && digits.StartsWith("62", StringComparison.Ordinal);

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
