using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Privacy;
using OneWindow.Common.Time;
using OneWindow.DemoDistrict;
using OneWindow.Events;
using OneWindow.Outbox;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.Domain.Cases;
using OneWindow.SocialWork.Domain.Employment;
using OneWindow.SocialWork.Domain.Plans;
using OneWindow.SocialWork.Domain.Resources;
using OneWindow.SocialWork.Domain.Statistics;
using OneWindow.SocialWork.Domain.Visits;
using OneWindow.SocialWork.Persistence;

namespace OneWindow.SocialWork.Seed;

/// <summary>
/// social-work's part of the demo district, per centre: the resource directory (NGOs, employers, training
/// classes, volunteers) and two months of the department's work, the two calendar months before the current one.
/// Jiangpu Road does what the article reports of its first two months (1 120 labour-resource surveys, 20 people
/// received, 9 job recommendations, 15 home investigations, 6 cases opened and 2 closed, pairings with 2
/// employers under way); the smaller centres half of it. Through the domain, with its events (hr-payroll counts
/// them), one transaction per centre; a centre that has a directory already is left alone. Households come from
/// intake's events, not from here: this history only names the generator's household ids.
/// </summary>
internal sealed class DemoSeeder(IServiceScopeFactory scopes, PersonalDataProtector protector, TimeProvider clock) : IDemoSeeder
{
    private static readonly Figures Jiangpu = new(1_120, 20, 9, 15, 6, 2);
    private static readonly Figures Smaller = new(560, 10, 4, 7, 3, 1);

    private static readonly string[] Skills = ["书法", "驾驶", "电工", "烹饪", "电脑操作", "家政", "缝纫", "维修", "会计", "英语"];
    private static readonly string[] Positions = ["保洁员", "物业维修工", "家政服务员", "超市理货员", "书法培训班教师", "社区助老员"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var centres = DemoDistrictGenerator.District.Centres;
        for (var index = 0; index < centres.Count; index++)
        {
            await SeedCentreAsync(centres[index], index, cancellationToken);
        }
    }

    private async Task SeedCentreAsync(Centre centre, int index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant.Centre(centre.Code));
        var db = scope.ServiceProvider.GetRequiredService<SocialWorkDbContext>();
        if (await db.Resources.AnyAsync(cancellationToken))
        {
            return;
        }

        var history = new CentreHistory(centre, db, scope.ServiceProvider.GetRequiredService<IOutbox>(), protector, clock, new Random(DemoDistrictGenerator.Seed + index));
        history.Write(centre.Code == "jiangpu" ? Jiangpu : Smaller);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Figures(int Surveys, int Receptions, int Recommendations, int Visits, int CasesOpened, int CasesClosed);

    /// <summary>One centre's directory and two months of work, written into one unit of work.</summary>
    private sealed class CentreHistory(Centre centre, SocialWorkDbContext db, IOutbox outbox, PersonalDataProtector protector, TimeProvider clock, Random random)
    {
        private readonly DateTimeOffset _now = clock.GetUtcNow();
        private readonly Period _period = Period.TwoMonthsBefore(ChinaTime.Today(clock));
        private readonly List<StaffMember> _team = [.. centre.Staff.Where(s => s.Roles.Contains("social-worker") && !s.Roles.Contains("head"))];

        /// <summary>Households under twice the dibao line, in the generator's order: the families the department works with.</summary>
        private readonly List<Household> _needy = [.. centre.Households.Where(h => h.PerCapitaMonthlyIncome < DemoCatalogue.DibaoLine * 2)];

        private int Span => _period.To.DayNumber - _period.From.DayNumber + 1;

        public void Write(Figures figures)
        {
            var resources = Directory(centre.Name[..centre.Name.IndexOf('街', StringComparison.Ordinal)]);
            db.Resources.AddRange(resources);
            var employers = resources.Where(r => r.Kind == ResourceKind.Employer).ToList();
            var calligraphy = resources.Single(r => r.Name == "暑期书法入门培训班");

            var visitsLeft = figures.Visits;
            for (var i = 0; i < figures.CasesOpened; i++)
            {
                var target = i < figures.CasesClosed
                    ? CaseStatus.Closed
                    : new[] { CaseStatus.InProgress, CaseStatus.Plan, CaseStatus.Assessment, CaseStatus.Intake }[(i - figures.CasesClosed) % 4];
                var pairWith = target is CaseStatus.InProgress or CaseStatus.Plan && i - figures.CasesClosed < employers.Count ? employers[i - figures.CasesClosed] : null;
                visitsLeft -= Case(i, figures.CasesOpened, target, pairWith, target == CaseStatus.InProgress ? calligraphy : null);
            }

            for (var i = 0; i < visitsLeft; i++)
            {
                Investigation(_needy[figures.CasesOpened + i], Day(2 + (i * (Span - 4) / Math.Max(visitsLeft, 1)), 10 + (i % 6)));
            }

            Receptions(figures.Receptions);
            Recommendations(figures.Recommendations, employers);
            Surveys(figures.Surveys);
            OpenReferrals();
        }

        private List<SocialResource> Directory(string road) =>
        [
            Resource(ResourceKind.Ngo, "和泰爱心服务社", "社区公益服务，暑期开办书法入门培训班，为困难家庭提供陪伴与生活照料", [Need.Companionship, Need.DailyLiving, Need.Education], 12, "周老师", "021-65430101"),
            Resource(ResourceKind.Ngo, "阳光助残服务社", "残疾人日间照料、康复陪护与辅具适配咨询", [Need.DisabilitySupport, Need.DailyLiving, Need.Health], 8, "陈女士", "021-65430102"),
            Resource(ResourceKind.Ngo, "心晴心理咨询服务中心", "个体与家庭心理疏导", [Need.Psychological], 6, "林医生", "021-65430103"),
            Resource(ResourceKind.Ngo, "邻里法律援助工作站", "劳动争议、债务与家庭纠纷的法律咨询和援助申请指导", [Need.Legal], 10, "王律师", "021-65430104"),
            Resource(ResourceKind.Employer, "上海杨浦物业管理有限公司", "保洁、绿化、物业维修岗位，接收困难对象结对就业", [Need.Employment], 3, "人事部刘经理", "021-65430201"),
            Resource(ResourceKind.Employer, "杨浦家政服务有限公司", "家政服务员岗位，岗前培训后上岗", [Need.Employment, Need.JobTraining], 4, "赵经理", "021-65430202"),
            Resource(ResourceKind.TrainingClass, "家政服务员职业技能培训班", "区就业促进中心委托，培训合格可申领职业技能培训补贴", [Need.JobTraining, Need.Employment], 20, "培训部孙老师", "021-65430301"),
            Resource(ResourceKind.TrainingClass, "计算机基础操作培训班", "办公软件与网上求职操作", [Need.JobTraining, Need.Education], 15, "培训部吴老师", "021-65430302"),
            Resource(ResourceKind.TrainingClass, "暑期书法入门培训班", "和泰爱心服务社主办，招募书法老师与学员", [Need.Education, Need.JobTraining], 15, "周老师", "021-65430101"),
            Resource(ResourceKind.Volunteer, $"{road}为老服务志愿者队", "独居老人探访、陪伴就医、助餐送餐", [Need.ElderlyCare, Need.Companionship, Need.DailyLiving], 30, "志愿者队长郑师傅", "021-65430401"),
            Resource(ResourceKind.Volunteer, "大学生助学志愿者", "困难家庭子女课业辅导", [Need.Education], 10, "团委何老师", "021-65430402"),
        ];

        private SocialResource Resource(ResourceKind kind, string name, string description, Need[] services, int capacity, string contact, string phone) =>
            SocialResource.Register(Guid.CreateVersion7(), kind, name, description, services, capacity, contact, phone, null, _now);

        /// <summary>A case taken to <paramref name="target"/>; returns the home visits done for it in the period.</summary>
        private int Case(int index, int count, CaseStatus target, SocialResource? pairWith, SocialResource? training)
        {
            var household = _needy[index];
            var lead = _team[index % _team.Count].StaffId;
            var openDay = 1 + (index * (Span - 20) / count);
            var opened = Day(openDay, 10);
            var socialCase = SocialCase.Open(
                Guid.CreateVersion7(opened), household.HouseholdId, index % 2 == 0 ? CaseOrigin.ResidentRequest : CaseOrigin.SocialWorker, null,
                index % 2 == 0 ? "困难对象来访求助，政策落实后仍有困难" : "入户调查中发现家庭有多重困难，政策无法完全覆盖", lead, lead, opened);
            db.Cases.Add(socialCase);
            Event(new CaseOpened { OccurredAt = opened, Tenant = centre.Code, CaseId = socialCase.Id, HouseholdId = household.HouseholdId, WorkerStaffId = lead });
            Note(socialCase, false, "首次接案，已向家庭说明个案服务内容，家庭同意建立服务关系。", lead, opened.AddHours(1));

            // The first visit; the one of a case in progress asks for a follow-up the worker has not made yet (overdue now).
            var assessed = Day(openDay + 2, 14);
            Visit(household.HouseholdId, socialCase.Id, lead, VisitPurpose.Assessment, assessed, "入户了解家庭成员、收入、健康、住房与就业情况。",
                target == CaseStatus.InProgress ? _period.To : null);
            var visits = 1;
            if (target == CaseStatus.Intake)
            {
                return visits;
            }

            socialCase.MoveTo(CaseStatus.Assessment, lead, assessed.AddHours(3), "入户调查后开始评估", 0);
            if (target == CaseStatus.Assessment)
            {
                return visits;
            }

            socialCase.DescribeSituation(CaseSituation.Create(
                [Need.Employment, Need.JobTraining, Need.Companionship], [Risk.LongTermUnemployment], household.MonthlyIncome, HealthStatus.Good, HousingStatus.PrivateRental,
                EmploymentStatus.Unemployed, "户主有一技之长但长期失业，家庭收入低。"), Day(openDay + 3, 10));
            Note(socialCase, true, "户主有情绪低落表现，与家人关系紧张，需关注心理状况（敏感信息）。", lead, Day(openDay + 3, 11));
            var planDay = _period.From.AddDays(openDay + 3);
            var plan = AssistancePlan.Draft(Guid.CreateVersion7(), socialCase.Id, household.HouseholdId, ["户主三个月内实现就业或参加职业技能培训", "落实家庭可享受的救助政策"],
                planDay.AddDays(60), planDay, lead, Day(openDay + 3, 15));
            plan.AddAction(Guid.CreateVersion7(), "指导职业规划，推荐合适岗位", lead, planDay.AddDays(20), planDay, lead, Day(openDay + 3, 15));
            plan.AddAction(Guid.CreateVersion7(), "协助申请临时救助", lead, planDay.AddDays(10), planDay, lead, Day(openDay + 3, 15));
            db.Plans.Add(plan);
            socialCase.MoveTo(CaseStatus.Plan, lead, Day(openDay + 3, 16), "帮困方案已制定", 0);
            if (pairWith is not null)
            {
                Link(plan, pairWith, LinkKind.Pairing, "与企业联系困难对象结对就业事宜", lead, Day(openDay + 4, 10));
            }

            if (training is not null)
            {
                Link(plan, training, LinkKind.Referral, "推荐户主担任培训班书法老师", lead, Day(openDay + 4, 11));
            }

            if (target == CaseStatus.Plan)
            {
                return visits;
            }

            socialCase.MoveTo(CaseStatus.InProgress, lead, Day(openDay + 4, 16), null, plan.Actions.Count);
            if (target == CaseStatus.InProgress)
            {
                return visits;
            }

            foreach (var action in plan.Actions.ToList())
            {
                plan.SettleAction(action.Id, ActionStatus.Done, "已完成", lead, Day(openDay + 12, 10));
            }

            Visit(household.HouseholdId, socialCase.Id, lead, VisitPurpose.PlanReview, Day(openDay + 13, 14), "回访：户主已就业，家庭收入改善。", null);
            socialCase.MoveTo(CaseStatus.Review, lead, Day(openDay + 14, 10), "方案目标达成，进入评估", plan.Actions.Count);
            var closed = Day(openDay + 15, 16);
            socialCase.Close(index % 2 == 0 ? ClosureReason.GoalsAchieved : ClosureReason.NoLongerInNeed, "家庭情况好转，结案。", 0, lead, closed);
            Event(new CaseClosed { OccurredAt = closed, Tenant = centre.Code, CaseId = socialCase.Id, HouseholdId = household.HouseholdId, WorkerStaffId = lead });
            return visits + 1;
        }

        private void Link(AssistancePlan plan, SocialResource resource, LinkKind kind, string note, string by, DateTimeOffset at)
        {
            var referral = ResourceReferral.Make(Guid.CreateVersion7(), plan.CaseId, plan.HouseholdId, resource, kind, note, by, at);
            db.ResourceReferrals.Add(referral);
            plan.LinkResource(new LinkedResource(resource.Id, referral.Id, resource.Name, resource.Kind, by, at));
            Event(new ReferralMade { OccurredAt = at, Tenant = centre.Code, ReferralId = referral.Id, CaseId = plan.CaseId, HouseholdId = plan.HouseholdId, WorkerStaffId = by });
        }

        private void Note(SocialCase socialCase, bool sensitive, string text, string by, DateTimeOffset at) =>
            db.Notes.Add(CaseNote.Write(Guid.CreateVersion7(), socialCase, sensitive, sensitive ? protector.Protect(text, AddNote.NotePurpose) : text, by, at));

        private void Investigation(Household household, DateTimeOffset at) =>
            Visit(household.HouseholdId, null, _team[random.Next(_team.Count)].StaffId, VisitPurpose.AssistanceInvestigation, at, "民政救助入户调查：核实家庭人口、收入与居住情况，情况属实。", null);

        private void Visit(Guid householdId, Guid? caseId, string worker, VisitPurpose purpose, DateTimeOffset at, string findings, DateOnly? next)
        {
            var day = DateOnly.FromDateTime(ChinaTime.ToChina(at).DateTime);
            var visit = HomeVisit.RecordDone(Guid.CreateVersion7(), householdId, caseId, worker, purpose, at, findings, next, day, _now);
            db.Visits.Add(visit);
            if (visit.FollowUp(Guid.CreateVersion7(), _now) is { } followUp)
            {
                db.Visits.Add(followUp);
            }

            Event(new HomeVisitRecorded { OccurredAt = at, Tenant = centre.Code, VisitId = visit.Id, CaseId = caseId, HouseholdId = householdId, WorkerStaffId = worker });
        }

        private void Receptions(int count)
        {
            Need[] concerns = [Need.Income, Need.Employment, Need.Health, Need.Housing, Need.ElderlyCare, Need.Education];
            for (var i = 0; i < count; i++)
            {
                var household = _needy[i % _needy.Count];
                db.Receptions.Add(Reception.Record(
                    Guid.CreateVersion7(), household.HouseholdId, Day(i * (Span - 1) / count, 9 + (i % 7)), concerns[i % concerns.Length],
                    "来访咨询困难帮扶", _team[i % _team.Count].StaffId, _now));
            }
        }

        private void Recommendations(int count, List<SocialResource> employers)
        {
            RecommendationOutcome[] outcomes = [RecommendationOutcome.Hired, RecommendationOutcome.Pending, RecommendationOutcome.NotHired, RecommendationOutcome.Hired, RecommendationOutcome.Declined];
            var candidates = _needy.SelectMany(h => h.Members.Where(m => Age(m) is >= 18 and < 60).Take(1).Select(m => (Household: h, Resident: m))).Take(count).ToList();
            for (var i = 0; i < candidates.Count; i++)
            {
                var (household, resident) = candidates[i];
                var employer = i % 3 == 2 ? null : employers[i % employers.Count];
                var on = _period.From.AddDays(3 + (i * (Span - 10) / count));
                var recommendation = JobRecommendation.Recommend(
                    Guid.CreateVersion7(), household.HouseholdId, resident.ResidentId, null, employer?.Id, employer?.Name ?? "杨浦区某连锁超市", Positions[i % Positions.Length],
                    on, on, _team[i % _team.Count].StaffId);
                var outcome = outcomes[i % outcomes.Length];
                if (outcome != RecommendationOutcome.Pending)
                {
                    recommendation.RecordOutcome(outcome, on.AddDays(5), null, on.AddDays(5));
                }

                db.JobRecommendations.Add(recommendation);
            }
        }

        /// <summary>Labour-resource surveys of household members, working-age people first, spread over the period.</summary>
        private void Surveys(int count)
        {
            var members = centre.Households.SelectMany(h => h.Members.Select(m => (Household: h, Resident: m)))
                .OrderBy(m => Age(m.Resident) is >= 16 and < 60 ? 0 : 1)
                .Take(count)
                .ToList();
            for (var i = 0; i < members.Count; i++)
            {
                var (household, resident) = members[i];
                var age = Age(resident);
                var employment = age switch
                {
                    < 22 => EmploymentStatus.Student,
                    >= 60 => EmploymentStatus.Retired,
                    _ when resident.DisabilityGrade is 1 or 2 => EmploymentStatus.UnableToWork,
                    _ => random.Next(10) switch { < 6 => EmploymentStatus.Employed, < 8 => EmploymentStatus.FlexiblyEmployed, _ => EmploymentStatus.Unemployed },
                };
                var on = _period.From.AddDays(i * Span / count);
                db.Surveys.Add(LabourSurvey.Record(
                    Guid.CreateVersion7(), household.HouseholdId, resident.ResidentId, on, employment, random.Next(3) == 0 ? [Skills[random.Next(Skills.Length)]] : [],
                    employment == EmploymentStatus.Unemployed, employment is EmploymentStatus.Unemployed or EmploymentStatus.FlexiblyEmployed && random.Next(2) == 0,
                    null, _team[i % _team.Count].StaffId, on, _now));
            }
        }

        /// <summary>Two referrals waiting for a worker this month: a grid manager's report and a resident's request.</summary>
        private void OpenReferrals()
        {
            var gridManager = centre.Staff.First(s => s.Roles.SequenceEqual(["grid-manager"])).StaffId;
            var clerk = centre.Staff.First(s => s.Roles.SequenceEqual(["clerk"])).StaffId;
            var elderly = centre.Households.First(h => h.Members.Count == 1 && Age(h.Members[0]) >= 75);
            db.Referrals.Add(Referral.Receive(Guid.CreateVersion7(), elderly.HouseholdId, ReferralSource.GridManagerReport, null, null,
                "网格巡查发现独居老人近期行动不便，家中无人照料", gridManager, _now.AddDays(-3)));
            db.Referrals.Add(Referral.Receive(Guid.CreateVersion7(), _needy[^1].HouseholdId, ReferralSource.ResidentRequest, null, null,
                "居民在窗口求助：家庭成员重病，医疗支出大", clerk, _now.AddDays(-1)));
        }

        private int Age(Resident resident)
        {
            var today = ChinaTime.Today(clock);
            var birth = resident.IdNumber.BirthDate;
            return today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
        }

        private DateTimeOffset Day(int offset, int hour) => ChinaTime.StartOfDay(_period.From.AddDays(Math.Min(offset, Span - 1))).AddHours(hour);

        private void Event(OneWindow.EventBus.IntegrationEvent integrationEvent) => outbox.Add(integrationEvent);
    }
}
