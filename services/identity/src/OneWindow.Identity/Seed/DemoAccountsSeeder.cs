using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OneWindow.DemoDistrict;
using OneWindow.Identity.Domain.Accounts;
using OneWindow.Identity.Persistence;

namespace OneWindow.Identity.Seed;

/// <summary>
/// Development only: every demo member of staff (docs/demo-district.md) gets an account with the register's roles,
/// activated with the demo password, so a demo clerk signs in at once. hr-payroll's seed publishes the same hirings;
/// whichever comes first makes the account, the other finds it. The demo devices (kiosks, rating pads) get one too,
/// so scripts can act as them with the demo grant.
/// </summary>
internal sealed class DemoAccountsSeeder(IdentityDbContext db, IPasswordHasher<StaffAccount> hasher, IOptions<IdentityProviderOptions> options, IHostEnvironment environment, TimeProvider clock) : IDemoSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || options.Value.DemoPassword is not { } password)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = OneWindow.Common.Time.ChinaTime.Today(clock);
        foreach (var member in DemoDistrictGenerator.District.AllStaff)
        {
            var account = await db.StaffAccounts.FindAsync([member.StaffId], cancellationToken);
            if (account is null)
            {
                account = StaffAccount.Hired(member.StaffId, member.CentreCode, member.Roles, DateTimeOffset.UnixEpoch);
                db.StaffAccounts.Add(account);
            }

            if (account.Status != AccountStatus.Active)
            {
                PasswordPolicy.Check(password, member.StaffId);
                account.IssueActivation("demo", now, today);
                account.Activate(codeMatches: true, hasher.HashPassword(account, password), now, today);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
