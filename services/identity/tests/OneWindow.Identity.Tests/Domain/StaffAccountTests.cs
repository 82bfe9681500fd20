using OneWindow.Common.Errors;
using OneWindow.Identity.Domain.Accounts;

namespace OneWindow.Identity.Tests.Domain;

public sealed class StaffAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static StaffAccount Active(params string[] roles)
    {
        var account = StaffAccount.Hired("jiangpu-s001", "jiangpu", roles.Length == 0 ? ["clerk"] : roles, Now);
        account.IssueActivation("code-hash", Now, Today);
        account.Activate(codeMatches: true, "password-hash", Now, Today);
        return account;
    }

    [Fact]
    public void A_hired_worker_cannot_sign_in_before_activating()
    {
        var account = StaffAccount.Hired("jiangpu-s001", "jiangpu", ["clerk"], Now);

        var refused = Assert.Throws<SignInRefusedException>(() => account.EnsureMaySignIn(Now, Today));
        Assert.Equal(SignInRefusal.NotActivated, refused.Reason);
    }

    [Fact]
    public void An_activation_code_is_good_once_and_not_after_three_days()
    {
        var account = StaffAccount.Hired("jiangpu-s001", "jiangpu", ["clerk"], Now);
        account.IssueActivation("code-hash", Now, Today);

        var late = Assert.Throws<DomainException>(() => account.Activate(codeMatches: true, "hash", Now + StaffAccount.ActivationLifetime + TimeSpan.FromMinutes(1), Today.AddDays(3)));
        Assert.Equal("activation-code-invalid", late.Code);

        account.Activate(codeMatches: true, "hash", Now, Today);
        Assert.Equal(AccountStatus.Active, account.Status);
        var again = Assert.Throws<DomainException>(() => account.Activate(codeMatches: true, "hash-2", Now, Today));
        Assert.Equal("activation-code-invalid", again.Code);
        Assert.Equal("hash", account.PasswordHash);
    }

    [Fact]
    public void The_fifth_wrong_password_in_a_row_locks_the_account_for_a_quarter_of_an_hour()
    {
        var account = Active();

        var refusals = Enumerable.Range(1, StaffAccount.FailuresBeforeLockout).Select(_ => account.FailedSignIn(Now).Reason).ToList();

        Assert.Equal([SignInRefusal.WrongCredentials, SignInRefusal.WrongCredentials, SignInRefusal.WrongCredentials, SignInRefusal.WrongCredentials, SignInRefusal.LockedOut], refusals);
        Assert.Equal(SignInRefusal.LockedOut, Assert.Throws<SignInRefusedException>(() => account.EnsureMaySignIn(Now.AddMinutes(14), Today)).Reason);
        account.EnsureMaySignIn(Now.AddMinutes(15), Today);
    }

    [Fact]
    public void A_right_password_clears_the_count_of_wrong_ones()
    {
        var account = Active();
        account.FailedSignIn(Now);
        account.FailedSignIn(Now);

        account.SignedIn(Now);

        Assert.Equal(0, account.FailedSignIns);
        Assert.Equal(Now, account.LastSignInAt);
    }

    [Fact]
    public void The_register_changes_roles_but_an_older_fact_arriving_late_changes_nothing()
    {
        var account = Active("clerk");

        account.FollowRegister("jiangpu", ["reviewer", "head"], Now.AddDays(1));
        account.FollowRegister("jiangpu", ["clerk"], Now.AddHours(1));

        Assert.Equal(["head", "reviewer"], account.Roles);
    }

    [Fact]
    public void A_worker_signs_in_through_the_last_day_and_not_after_it()
    {
        var account = Active();

        account.Leave(Today);

        account.EnsureMaySignIn(Now, Today);
        Assert.True(account.MayHoldTokens(Today));
        Assert.Equal(SignInRefusal.Left, Assert.Throws<SignInRefusedException>(() => account.EnsureMaySignIn(Now.AddDays(1), Today.AddDays(1))).Reason);
        Assert.False(account.MayHoldTokens(Today.AddDays(1)));
    }

    [Theory]
    [InlineData("short1", "密码至少 10 位。")]
    [InlineData("onlyletterslong", "密码须同时包含字母和数字。")]
    [InlineData("1234567890", "密码须同时包含字母和数字。")]
    [InlineData("xjiangpu-s001x9", "密码不能包含工号。")]
    public void A_weak_password_is_refused_with_the_reason(string password, string message)
    {
        var refused = Assert.Throws<DomainException>(() => PasswordPolicy.Check(password, "jiangpu-s001"));

        Assert.Equal("password-too-weak", refused.Code);
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void Director_hr_admin_and_district_admin_need_a_second_factor_and_a_clerk_does_not()
    {
        Assert.True(Active("director").RequiresSecondFactor);
        Assert.True(Active("clerk", "hr-admin").RequiresSecondFactor);
        Assert.False(Active("clerk").RequiresSecondFactor);
    }
}
