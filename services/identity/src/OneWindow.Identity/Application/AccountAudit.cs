using OneWindow.Identity.Domain.Accounts;

namespace OneWindow.Identity.Application;

/// <summary>How the provider writes accounts into the audit trail: under the account's centre, or the district's for district staff.</summary>
public static class AccountAudit
{
    public const string SubjectType = "staff-account";

    public static Tenant TenantOf(StaffAccount account) =>
        account.Centre is { } centre ? Tenant.Centre(centre) : Tenant.District;
}
