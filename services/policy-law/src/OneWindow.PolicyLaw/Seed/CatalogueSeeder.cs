using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Persistence;
using OneWindow.ServiceDefaults;
using OneWindow.Tenancy;

namespace OneWindow.PolicyLaw.Seed;

/// <summary>
/// policy-law's part of the demo district: the demo catalogue (version 1 of every item, in force since
/// 2025-01-01, published as events so the other services build their read models) and, per centre, the
/// named supervisor of each time-limited item. Items already present are left as they are.
/// </summary>
internal sealed class CatalogueSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    private static readonly DateOnly InForceSince = new(2025, 1, 1);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedCatalogueAsync(cancellationToken);
        foreach (var centre in DemoDistrictGenerator.District.Centres)
        {
            await SeedSupervisorsAsync(centre, cancellationToken);
        }
    }

    private async Task SeedCatalogueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var existing = await db.ServiceItems.Select(i => i.Code).ToHashSetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var demo in DemoCatalogue.Items.Where(i => !existing.Contains(i.Code)))
        {
            var item = ServiceItem.Create(demo.Code, demo.Name, demo.NameEn, demo.Category, KindOf(demo.Kind), WindowOf(demo.Window),
                demo.Scope == "person" ? ItemScope.Person : ItemScope.Household);
            var version = item.Publish(TermsOf(demo), InForceSince, today: InForceSince, publishedBy: "seed", publishedAt: now);
            db.ServiceItems.Add(item);
            outbox.Add(PublishItemVersion.Published(item, version, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedSupervisorsAsync(Centre centre, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        var named = await db.CentreItemSettings.Select(s => s.ItemCode).ToHashSetAsync(cancellationToken);
        var supervisors = centre.Staff.Where(s => s.Roles.Contains(PlatformRoles.Supervisor)).Select(s => s.StaffId).ToList();
        var timeLimited = DemoCatalogue.Items.Where(i => i.TimeLimited && !named.Contains(i.Code)).ToList();
        for (var i = 0; i < timeLimited.Count; i++)
        {
            var setting = CentreItemSetting.For(timeLimited[i].Code);
            setting.Change(enabled: true, localNote: null, supervisors[i % supervisors.Count], "seed", clock.GetUtcNow());
            db.CentreItemSettings.Add(setting);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ServiceItemTerms TermsOf(DemoItem demo) => new()
    {
        TimeLimitWorkingDays = demo.TimeLimitWorkingDays,
        TimeLimited = demo.TimeLimited,
        LegalBasis = demo.LegalBasis,
        FlowSteps = demo.FlowSteps,
        RecurrenceMonths = demo.RecurrenceMonths,
        Materials = [.. demo.Materials.Select(m => new RequiredMaterial(m.Code, m.Name, m.Original, m.Count, m.Condition))],
        EligibilityRule = demo.EligibilityRule,
        MonthlyAmountRule = demo.MonthlyAmountRule,
    };

    private static ItemKind KindOf(string kind) => kind switch
    {
        "instant" => ItemKind.Instant,
        "joint" => ItemKind.Joint,
        _ => ItemKind.Routed,
    };

    private static WindowType WindowOf(string window) => window switch
    {
        "consultation" => WindowType.PolicyConsultation,
        "payment" => WindowType.Payment,
        _ => WindowType.Comprehensive,
    };
}
