using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Residents;

/// <summary>
/// A resident's sign-in account (居民账号): made by the first right SMS code to a mobile number, and bound once, by
/// real name, to the resident's record in the district's register. The number arrives encrypted, with a keyed hash
/// to find it by; the account never holds it in the clear.
/// </summary>
public sealed class ResidentAccount
{
    /// <summary>Wrong real names in a row before binding is refused for <see cref="BindingLockout"/>.</summary>
    public const int BindingFailuresBeforeLockout = 5;

    public static readonly TimeSpan BindingLockout = TimeSpan.FromHours(24);

    private ResidentAccount()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The keyed hash (blind index) of the mobile number: one account per number.</summary>
    public string PhoneIndex { get; private set; } = null!;

    public string PhoneProtected { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>The register's resident (intake) this account is bound to; null until real-name binding.</summary>
    public Guid? ResidentId { get; private set; }

    /// <summary>The centre of the bound resident's record.</summary>
    public string? Centre { get; private set; }

    public DateTimeOffset? BoundAt { get; private set; }

    public int BindingFailures { get; private set; }

    public DateTimeOffset? BindingLockedUntil { get; private set; }

    public bool IsBound => ResidentId is not null;

    public static ResidentAccount Open(Guid id, string phoneIndex, string phoneProtected, DateTimeOffset now) =>
        new() { Id = id, PhoneIndex = phoneIndex, PhoneProtected = phoneProtected, CreatedAt = now };

    public void SignedIn(DateTimeOffset now) => LastSignInAt = now;

    /// <summary>Whether a real name may be tried now: never again once bound, not while too many wrong ones lock it.</summary>
    public void EnsureMayBind(DateTimeOffset now)
    {
        if (IsBound)
        {
            throw new DomainException(DomainErrorKind.Conflict, "already-bound", "您的账号已完成实名认证，不能再绑定其他居民信息。");
        }

        if (BindingLockedUntil is { } until && now < until)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "binding-locked", $"实名认证失败次数过多，请 {Math.Ceiling((until - now).TotalHours)} 小时后再试，或到街道社区事务受理服务中心窗口办理。");
        }
    }

    /// <summary>
    /// The register knows a resident with that name and number: the account is theirs from now on. One record binds
    /// one account; the host's unique index on the resident holds that against a second account racing for it.
    /// </summary>
    public void Bind(Guid residentId, string centre, DateTimeOffset now)
    {
        EnsureMayBind(now);
        ResidentId = residentId;
        Centre = centre;
        BoundAt = now;
        BindingFailures = 0;
        BindingLockedUntil = null;
    }

    /// <summary>
    /// The register did not match (a wrong name, or a number it does not know: the same words for both, so nobody
    /// learns which numbers are residents'). The fifth in a row locks binding for a day.
    /// </summary>
    public DomainException BindingFailed(DateTimeOffset now)
    {
        BindingFailures++;
        if (BindingFailures >= BindingFailuresBeforeLockout)
        {
            BindingFailures = 0;
            BindingLockedUntil = now + BindingLockout;
            return new DomainException(DomainErrorKind.RuleViolated, "binding-locked", $"实名认证失败次数过多，请 {BindingLockout.TotalHours} 小时后再试，或到街道社区事务受理服务中心窗口办理。");
        }

        return new DomainException(DomainErrorKind.RuleViolated, "real-name-not-matched", "姓名与身份证号码不一致，或未在本区登记。请核对后重试。");
    }

    /// <summary>The record is already another account's: said in the same words as a mismatch, and counted as one.</summary>
    public DomainException RecordTaken(DateTimeOffset now) => BindingFailed(now);
}
