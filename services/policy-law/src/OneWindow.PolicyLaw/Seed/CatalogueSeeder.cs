using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.DemoDistrict;
using OneWindow.Outbox;
using OneWindow.PolicyLaw.Application.Catalogue;
using OneWindow.PolicyLaw.Domain.Catalogue;
using OneWindow.PolicyLaw.Domain.Knowledge;
using OneWindow.PolicyLaw.Persistence;

namespace OneWindow.PolicyLaw.Seed;

/// <summary>
/// policy-law's part of the demo district: the demo catalogue (version 1 of every item, in force since
/// 2025-01-01, published as events so the other services build their read models) and, per centre, the
/// named supervisor of each time-limited item. Items already present are left as they are.
/// </summary>
internal sealed class CatalogueSeeder(IServiceScopeFactory scopes, TimeProvider clock) : IDemoSeeder
{
    private static readonly DateOnly InForceSince = new(2025, 1, 1);

    private static readonly (string Item, string Question, string Answer)[] Answers =
    [
        ("dibao", "低保的收入标准是多少？", "本市城乡低保标准为每人每月1510元。家庭月人均可支配收入低于该标准、且财产符合规定的本区户籍家庭可以申请。"),
        ("dibao", "申请低保需要带哪些材料？", "申请人身份证、户口簿、家庭成员收入证明、本人银行卡（社保卡），委托他人代办的还需代办人身份证及委托书。一次带齐，窗口当场告知是否齐全。"),
        ("dibao-review", "低保年审什么时候办？", "低保家庭每年复核一次，自上次审批之月起满12个月时办理。与公租房年审等同期到期的事项可在一次来访中一并办理。"),
        ("public-rental-review", "公租房年审可以和低保年审一起办吗？", "可以。综合窗口受理公租房年审时，系统会提示同一家庭到期的其他事项（如低保年审），在一次来访中一并受理。"),
        ("pension-qualification", "养老金资格认证必须本人到场吗？", "不必每年到场。可通过社保卡或手机认证；行动不便的老人可申请网格员上门认证。"),
        ("elderly-allowance", "高龄营养补贴每月多少？", "本区户籍70周岁以上老人按年龄段发放：70-79岁每月75元，80-89岁150元，90-99岁300元，100岁以上600元。"),
        ("residence-permit", "居住证办理需要多长时间？", "材料齐全的，自受理之日起15个工作日内办结，可选择邮寄送达，无需再跑一次。"),
        ("temporary-assistance", "遇到突发困难可以申请什么救助？", "因火灾、交通事故、重大疾病等导致基本生活暂时出现严重困难的家庭，可以申请临时救助，10个工作日内办结。"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedCatalogueAsync(cancellationToken);
        await SeedAnswersAsync(cancellationToken);
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

    private async Task SeedAnswersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.District);
        var db = scope.ServiceProvider.GetRequiredService<PolicyLawDbContext>();
        var existing = await db.PolicyAnswers.Select(a => a.Question).ToHashSetAsync(cancellationToken);
        foreach (var (item, question, answer) in Answers.Where(a => !existing.Contains(a.Question)))
        {
            db.PolicyAnswers.Add(PolicyAnswer.Create(item, question, answer, "seed", centre: null, clock.GetUtcNow()));
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
        DirectorConfirmAbove = demo.DirectorConfirmAbove,
        NeedsApproval = demo.NeedsApproval,
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
