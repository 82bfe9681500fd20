using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Accounts;

/// <summary>
/// What a staff password must be: at least ten characters, letters and digits both, and not the employee number
/// (the one thing every colleague knows).
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 10;

    public static void Check(string password, string subject)
    {
        if (password.Length < MinimumLength)
        {
            throw Refuse($"密码至少 {MinimumLength} 位。");
        }

        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            throw Refuse("密码须同时包含字母和数字。");
        }

        if (password.Contains(subject, StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse("密码不能包含工号。");
        }
    }

    private static DomainException Refuse(string message) =>
        new(DomainErrorKind.RuleViolated, "password-too-weak", message, "password");
}
