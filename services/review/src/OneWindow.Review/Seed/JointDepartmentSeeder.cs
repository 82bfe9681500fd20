using Microsoft.EntityFrameworkCore;
using OneWindow.DemoDistrict;
using OneWindow.Review.Domain.Joint;
using OneWindow.Review.Persistence;

namespace OneWindow.Review.Seed;

/// <summary>
/// review's own part of the demo district: the outside departments each joint item of the demo catalogue
/// is handled with (department, contact, channel and usual reply time, as data). The roster is not
/// seeded here: it comes from hr-payroll's staff-hired and skills-changed, and the catalogue from
/// policy-law's catalogue-item-published. Rows already present are left as they are.
/// </summary>
internal sealed class JointDepartmentSeeder(IServiceScopeFactory scopes) : IDemoSeeder
{
    public static readonly (string Item, string Department, string Contact, string Channel, int ReplyWorkingDays)[] Departments =
    [
        ("disability-card", "区残疾人联合会", "残疾人证办理科（工作日 8:30-17:00）", "政务协同平台", 10),
        ("disability-card", "区残疾评定指定医院", "残疾评定门诊", "公函", 15),
        ("funeral-subsidy", "区殡葬管理所", "惠民殡葬补贴窗口", "政务协同平台", 5),
        ("funeral-subsidy", "区医疗保障局", "待遇核定科", "政务协同平台", 5),
        ("legal-aid", "区法律援助中心", "受理审查部", "政务协同平台", 3),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var present = (await db.JointDepartments.Select(d => new { d.ItemCode, d.Department }).ToListAsync(cancellationToken))
            .Select(d => (d.ItemCode, d.Department)).ToHashSet();
        var jointItems = DemoCatalogue.Items.Where(i => i.Kind == "joint").Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (item, department, contact, channel, days) in Departments.Where(d => jointItems.Contains(d.Item) && !present.Contains((d.Item, d.Department))))
        {
            db.JointDepartments.Add(JointDepartment.Of(item, department, contact, channel, days));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
