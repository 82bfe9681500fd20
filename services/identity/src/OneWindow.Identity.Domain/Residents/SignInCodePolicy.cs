using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Residents;

/// <summary>
/// The rules of a resident's SMS sign-in code (短信验证码): six digits, good for five minutes and once, five tries;
/// at most five codes an hour to one number (a stranger cannot flood a resident's phone) and twenty an hour from one
/// address (nobody walks through numbers from one machine). A new code replaces the one before.
/// </summary>
public sealed record SignInCodePolicy
{
    public static SignInCodePolicy Default { get; } = new();

    public int Digits { get; init; } = 6;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(5);

    public int AttemptsPerCode { get; init; } = 5;

    public int CodesPerNumber { get; init; } = 5;

    public int CodesPerAddress { get; init; } = 20;

    /// <summary>The window both send limits count over (sliding).</summary>
    public TimeSpan SendWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The refusal a resident reads when no code may be sent now.</summary>
    public DomainException Refusal(SendRefusal refusal) => refusal switch
    {
        SendRefusal.TooManyForNumber => new DomainException(DomainErrorKind.RuleViolated, "too-many-codes-for-number", $"该手机号获取验证码次数过多（每小时最多 {CodesPerNumber} 次），请稍后再试。", "phone"),
        SendRefusal.TooManyFromAddress => new DomainException(DomainErrorKind.RuleViolated, "too-many-codes-from-address", "您所在的网络获取验证码次数过多，请稍后再试。", "phone"),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Not a refusal."),
    };

    /// <summary>The refusal a resident reads for a code that did not sign them in.</summary>
    public DomainException Refusal(CodeCheck check, int attemptsLeft) => check switch
    {
        CodeCheck.Wrong => new DomainException(DomainErrorKind.Unauthenticated, "wrong-code", $"验证码不正确，还可以再试 {attemptsLeft} 次。", "code"),
        CodeCheck.Exhausted => new DomainException(DomainErrorKind.Unauthenticated, "code-exhausted", "验证码错误次数过多，已失效，请重新获取验证码。", "code"),
        CodeCheck.NoCode => new DomainException(DomainErrorKind.Unauthenticated, "code-invalid", "验证码无效或已过期，请重新获取验证码。", "code"),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "Not a refusal."),
    };
}
