using OneWindow.Identity.Domain.Residents;

namespace OneWindow.Identity.Application;

/// <summary>
/// How the provider writes residents into the audit trail: a code asked for or typed under the number masked (there
/// may be no account yet), anything of an account under its id; under the centre of the bound record, else the district's.
/// </summary>
public static class ResidentAudit
{
    public const string PhoneSubjectType = "resident-phone";

    public const string AccountSubjectType = "resident-account";

    public static Tenant TenantOf(ResidentAccount? account) =>
        account?.Centre is { } centre ? Tenant.Centre(centre) : Tenant.District;
}
