using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.HrPayroll.Application.Staff;
using OneWindow.HrPayroll.Domain.Pay;
using OneWindow.HrPayroll.Domain.Staff;
using OneWindow.HrPayroll.Domain.Withholding;
using StaffMember = OneWindow.DemoDistrict.StaffMember;
using OneWindow.HrPayroll.Persistence;

namespace OneWindow.HrPayroll.Seed;

/// <summary>
/// hr-payroll's part of the demo district: the district pay scale (version 1 from 2025-01-01), the withholding rules
/// (<see cref="DemoWithholdingRules"/>, each year not yet loaded) and every
/// centre's staff from the generator (devices are machines, not staff), placed on the scale by post and
/// years of service, with A/B skills over the routed and joint items so review can build its roster:
/// every such item has an A and a B at every centre, the A's spread evenly over the reviewers. Hiring
/// goes through the same use case as the API, so staff-hired and skills-changed are published. Anyone
/// already on the register is left as they are.
/// </summary>
internal sealed class StaffSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    /// <summary>Years of service are counted to this day, so the seed is the same whenever it runs.</summary>
    private static readonly DateOnly ServiceCountedTo = new(2026, 1, 1);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedScaleAsync(cancellationToken);
        await SeedWithholdingRulesAsync(cancellationToken);
        foreach (var centre in DemoDistrictGenerator.District.Centres)
        {
            await SeedStaffAsync(centre, cancellationToken);
        }
    }

    private async Task SeedScaleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
        if (await db.PayScales.AnyAsync(cancellationToken))
        {
            return;
        }

        db.PayScales.Add(PayScaleVersion.Publish([], DemoPayScale.Terms, DemoPayScale.EffectiveFrom, "seed", DateTimeOffset.UnixEpoch.AddYears(55)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedWithholdingRulesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
        var loaded = await db.WithholdingRules.ToListAsync(cancellationToken);
        foreach (var (from, to, rules) in DemoWithholdingRules.Years.Where(y => !loaded.Any(v => v.Covers(y.From))))
        {
            var version = WithholdingRulesVersion.Load(loaded, from, to, rules, "seed", DateTimeOffset.UnixEpoch.AddYears(55));
            loaded.Add(version);
            db.WithholdingRules.Add(version);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedStaffAsync(Centre centre, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<HrPayrollDbContext>();
        var hire = scope.ServiceProvider.GetRequiredService<HireStaff>();
        var present = await db.Staff.Select(s => s.StaffId).ToHashSetAsync(cancellationToken);
        var skills = SkillsOf(centre);
        foreach (var member in centre.Staff.Where(s => !IsDevice(s) && !present.Contains(s.StaffId)))
        {
            var (a, b, known) = skills.GetValueOrDefault(member.StaffId, ([], [], []));
            await hire.HireAsync(
                centre.Code, member.StaffId, member.Name, DepartmentOf(member.Department), member.Roles, member.Grid, member.CommunityWorker,
                PlacementOf(member), TitleOf(member, centre), member.HiredOn, member.IdNumber.Value, member.BankAccount, cancellationToken, (a, b, known));
        }
    }

    /// <summary>The A/B matrix of one centre: item i's A is reviewer i mod n, its B the next reviewer; each knows one item more.</summary>
    public static Dictionary<string, (List<string> A, List<string> B, List<string> Known)> SkillsOf(Centre centre)
    {
        var reviewers = centre.Staff.Where(s => s.Roles.Contains(PlatformRoles.Reviewer)).Select(s => s.StaffId).Order(StringComparer.Ordinal).ToList();
        var items = DemoCatalogue.Items.Where(i => i.Kind is "routed" or "joint").Select(i => i.Code).ToList();
        var matrix = reviewers.ToDictionary(r => r, _ => (A: new List<string>(), B: new List<string>(), Known: new List<string>()), StringComparer.Ordinal);
        for (var i = 0; i < items.Count && reviewers.Count >= 2; i++)
        {
            matrix[reviewers[i % reviewers.Count]].A.Add(items[i]);
            matrix[reviewers[(i + 1) % reviewers.Count]].B.Add(items[i]);
            matrix[reviewers[(i + 2) % reviewers.Count]].Known.Add(items[i]);
        }

        return matrix;
    }

    private static bool IsDevice(StaffMember member) => member.Roles.All(r => r == PlatformRoles.Device);

    private static Department DepartmentOf(DemoDepartment department) => department switch
    {
        DemoDepartment.FrontWindows => Department.FrontWindows,
        DemoDepartment.FirstReview => Department.FirstReview,
        DemoDepartment.PolicyAndLaw => Department.PolicyAndLaw,
        DemoDepartment.SocialWork => Department.SocialWork,
        DemoDepartment.Grid => Department.Grid,
        _ => Department.CentreManagement,
    };

    /// <summary>Director on tier 1, heads on tier 2, everyone else on tier 3; one grade per two years of service.</summary>
    private static Placement PlacementOf(StaffMember member)
    {
        var tier = member.Roles.Contains(PlatformRoles.Director) ? 1 : member.Roles.Contains(PlatformRoles.Head) ? 2 : 3;
        var years = (ServiceCountedTo.DayNumber - member.HiredOn.DayNumber) / 365;
        return new Placement(tier, Math.Clamp(1 + (years / 2), 1, Placement.Grades));
    }

    private static ProfessionalTitle TitleOf(StaffMember member, Centre centre)
    {
        if (member.Department != DemoDepartment.SocialWork)
        {
            return ProfessionalTitle.None;
        }

        if (member.Roles.Contains(PlatformRoles.Head))
        {
            return ProfessionalTitle.SeniorSocialWorker;
        }

        var index = centre.Staff.Where(s => s.Department == DemoDepartment.SocialWork).ToList().IndexOf(member);
        return index % 2 == 0 ? ProfessionalTitle.SocialWorker : ProfessionalTitle.AssistantSocialWorker;
    }
}
