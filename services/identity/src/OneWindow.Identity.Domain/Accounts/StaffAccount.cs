using OneWindow.Common.Errors;

namespace OneWindow.Identity.Domain.Accounts;

/// <summary>
/// A member of staff's account (工作人员账号). It follows the HR register: created at hiring, its roles and centre
/// changed with the post, closed after the last day. Nothing here chooses a role: the register's roles are the
/// only ones a token of this account can carry.
/// </summary>
public sealed class StaffAccount
{
    /// <summary>Wrong passwords in a row before the account locks.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long an activation code stays good: long enough to reach the worker, short enough to be useless later.</summary>
    public static readonly TimeSpan ActivationLifetime = TimeSpan.FromHours(72);

    /// <summary>Roles whose holders must also give a second factor (TOTP): they see or decide the most.</summary>
    public static readonly IReadOnlySet<string> SecondFactorRoles = new HashSet<string>(StringComparer.Ordinal) { "director", "hr-admin", "district-admin" };

    private readonly List<string> _roles = [];

    private StaffAccount()
    {
    }

    /// <summary>The employee number: the token's <c>sub</c>.</summary>
    public string Subject { get; private set; } = null!;

    /// <summary>The centre of the post; null for district staff, who must hold a district role.</summary>
    public string? Centre { get; private set; }

    public IReadOnlyList<string> Roles => _roles;

    public AccountStatus Status { get; private set; }

    /// <summary>The password hash (ASP.NET Core Identity's format); null until activation.</summary>
    public string? PasswordHash { get; private set; }

    public string? ActivationCodeHash { get; private set; }

    public DateTimeOffset? ActivationExpiresAt { get; private set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    /// <summary>The last working day, once the worker has given notice; signing in ends after it.</summary>
    public DateOnly? LastDay { get; private set; }

    /// <summary>When the register last changed this account: an older fact arriving late changes nothing.</summary>
    public DateTimeOffset RegisterChangedAt { get; private set; }

    /// <summary>An authenticator secret, encrypted by the host; null until the second factor is enrolled.</summary>
    public string? TotpSecretProtected { get; private set; }

    public bool RequiresSecondFactor => _roles.Any(SecondFactorRoles.Contains);

    /// <summary>The authenticator time step of the last code accepted.</summary>
    public long? LastSecondFactorStep { get; private set; }

    public static StaffAccount Hired(string subject, string? centre, IEnumerable<string> roles, DateTimeOffset at)
    {
        var account = new StaffAccount { Subject = subject, Status = AccountStatus.AwaitingActivation, RegisterChangedAt = at };
        account.Assign(centre, roles);
        return account;
    }

    /// <summary>The register says the post is now this (hired again, moved, promoted).</summary>
    public void FollowRegister(string? centre, IEnumerable<string> roles, DateTimeOffset at)
    {
        if (at < RegisterChangedAt)
        {
            return;
        }

        Assign(centre, roles);
        RegisterChangedAt = at;
    }

    /// <summary>The worker leaves: signing in ends after the last day, and no activation code is good any more.</summary>
    public void Leave(DateOnly lastDay)
    {
        LastDay = lastDay;
        ActivationCodeHash = null;
        ActivationExpiresAt = null;
    }

    public bool HasLeft(DateOnly today) => LastDay is { } last && today > last;

    /// <summary>A new code for a first sign-in (or a forgotten password); the previous one stops working.</summary>
    public void IssueActivation(string codeHash, DateTimeOffset now, DateOnly today)
    {
        if (HasLeft(today))
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "account-closed", "该工作人员已离职，不能再激活账号。");
        }

        ActivationCodeHash = codeHash;
        ActivationExpiresAt = now + ActivationLifetime;
    }

    /// <summary>
    /// Sets the worker's password with the activation code. The code is good once: after use, or when expired, the
    /// same words refuse it, so a guess learns nothing about which codes were real.
    /// </summary>
    public void Activate(bool codeMatches, string passwordHash, DateTimeOffset now, DateOnly today)
    {
        if (HasLeft(today) || ActivationCodeHash is null || ActivationExpiresAt is not { } expires || now > expires || !codeMatches)
        {
            throw new DomainException(DomainErrorKind.RuleViolated, "activation-code-invalid", "激活码无效或已过期，请向人事管理员申请新的激活码。", "code");
        }

        PasswordHash = passwordHash;
        ActivationCodeHash = null;
        ActivationExpiresAt = null;
        FailedSignIns = 0;
        LockedUntil = null;
        Status = AccountStatus.Active;
    }

    /// <summary>Whether the account may sign in now at all, before any password is looked at.</summary>
    public void EnsureMaySignIn(DateTimeOffset now, DateOnly today)
    {
        EnsureMayActivate(now, today);
        if (Status != AccountStatus.Active)
        {
            throw new SignInRefusedException(SignInRefusal.NotActivated, "account-not-activated", "账号尚未激活，请先用激活码设置密码。");
        }
    }

    /// <summary>Whether an activation code may be tried now: not after the last day, not while locked.</summary>
    public void EnsureMayActivate(DateTimeOffset now, DateOnly today)
    {
        if (HasLeft(today))
        {
            throw new SignInRefusedException(SignInRefusal.Left, "account-closed", "该账号已停用。");
        }

        if (LockedUntil is { } until && now < until)
        {
            throw new SignInRefusedException(SignInRefusal.LockedOut, "account-locked", $"密码错误次数过多，账号已锁定，请 {Math.Ceiling((until - now).TotalMinutes)} 分钟后再试。");
        }
    }

    /// <summary>A wrong password: the fifth in a row locks the account for a quarter of an hour.</summary>
    public SignInRefusedException FailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= FailuresBeforeLockout)
        {
            FailedSignIns = 0;
            LockedUntil = now + LockoutDuration;
            return new SignInRefusedException(SignInRefusal.LockedOut, "account-locked", $"密码错误次数过多，账号已锁定 {LockoutDuration.TotalMinutes} 分钟。");
        }

        return new SignInRefusedException(SignInRefusal.WrongCredentials, "wrong-credentials", "工号或密码不正确。");
    }

    public void SignedIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
    }

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void EnrolSecondFactor(string totpSecretProtected) => TotpSecretProtected = totpSecretProtected;

    /// <summary>
    /// The authenticator's code was right for time step <paramref name="step"/>: the sign-in is complete. A code is
    /// good once: one seen over a shoulder cannot be used again in its half minute.
    /// </summary>
    public void SecondFactorPassed(long step, DateTimeOffset now)
    {
        if (LastSecondFactorStep is { } last && step <= last)
        {
            throw new SignInRefusedException(SignInRefusal.WrongCredentials, "second-factor-reused", "该动态口令已使用过，请等待验证器显示下一个口令。");
        }

        LastSecondFactorStep = step;
        SignedIn(now);
    }

    /// <summary>Whether a token of this account may still be issued or refreshed (the register may have closed it since).</summary>
    public bool MayHoldTokens(DateOnly today) => Status == AccountStatus.Active && !HasLeft(today);

    private void Assign(string? centre, IEnumerable<string> roles)
    {
        var given = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (given.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Invalid, "roles-missing", "工作人员至少要有一个角色。", "roles");
        }

        Centre = string.IsNullOrWhiteSpace(centre) ? null : centre;
        _roles.Clear();
        _roles.AddRange(given);
    }
}
