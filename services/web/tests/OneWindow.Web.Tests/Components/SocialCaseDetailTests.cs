using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>
/// The case page offers only what social-work allows the person looking: a sensitive note is read by the case's
/// workers and the department head, and another worker is not even shown a way to ask for it.
/// </summary>
public sealed class SocialCaseDetailTests : BunitContext
{
    private const string CaseId = "0193a0b2-0000-7000-8000-0000000000c1";
    private readonly AnsweringInvoker _calls = new();

    public SocialCaseDetailTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new Cases.CasesClient(_calls));
        Services.AddSingleton(new Households.HouseholdsClient(_calls));
        Services.AddSingleton(new HomeVisits.HomeVisitsClient(_calls));
        Services.AddSingleton(new Plans.PlansClient(_calls));
        Services.AddSingleton(new Employment.EmploymentClient(_calls));
        Services.AddSingleton(new SocialWork.V1.Resources.ResourcesClient(_calls));
        Services.AddSingleton(new Intake.V1.Residents.ResidentsClient(_calls));
        Services.AddSingleton(new PolicyLaw.V1.Catalogue.CatalogueClient(_calls));
        Services.AddScoped<OneWindow.Web.Components.Desk.DeskCatalogue>();
        Services.AddTransient<PageAction>();
        Services.AddSingleton(TimeProvider.System);
    }

    [Fact]
    public void A_sensitive_note_on_another_workers_case_is_withheld_and_nothing_offers_to_read_it()
    {
        SignIn("jiangpu-s036", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s037"));

        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));

        page.WaitForAssertion(() => Assert.Contains("jiangpu-s037", page.Find("[data-test=case-read-only]").TextContent, StringComparison.Ordinal));
        Assert.Contains("仅本案社工和部门负责人", page.Find("[data-test=withheld]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-test=read-sensitive]"));
        Assert.Empty(page.FindAll("[data-test=add-note]"));
        Assert.Empty(page.FindAll("[data-test=record-visit]"));
        Assert.Empty(page.FindAll("[data-test=close-case]"));
        Assert.DoesNotContain(_calls.Sent, sent => sent is ReadSensitiveNotesRequest);
    }

    [Fact]
    public void The_worker_of_the_case_reads_its_sensitive_note_when_they_ask()
    {
        SignIn("jiangpu-s036", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s036"));
        var readable = new SensitiveNotesReply();
        readable.Notes.Add(new CaseNote { NoteId = "n2", Sensitive = true, Text = "户主与家人关系紧张", WrittenBy = "jiangpu-s036", WrittenAt = "2026-12-01T11:00:00+08:00" });
        _calls.Answer(readable);

        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));

        page.WaitForAssertion(() => page.Find("[data-test=read-sensitive]").Click());
        page.WaitForAssertion(() => Assert.Equal("户主与家人关系紧张", page.Find("[data-test=sensitive-text]").TextContent));
        Assert.Empty(page.FindAll("[data-test=case-read-only]"));
        Assert.Single(_calls.Sent.OfType<ReadSensitiveNotesRequest>());
    }

    [Fact]
    public void The_department_head_is_offered_the_sensitive_notes_and_the_work_of_a_colleagues_case()
    {
        SignIn("jiangpu-s035", "head", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s036"));

        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-test=read-sensitive]")));
        Assert.Single(page.FindAll("[data-test=add-note]"));
        Assert.Empty(page.FindAll("[data-test=case-read-only]"));
    }

    [Fact]
    public void A_case_still_at_intake_cannot_be_closed_as_goals_achieved()
    {
        SignIn("jiangpu-s036", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s036"));

        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#closure-reason option")));
        var reasons = page.FindAll("#closure-reason option").Select(o => o.TextContent).ToList();
        Assert.Contains("迁出本街道", reasons);
        Assert.DoesNotContain("方案目标达成", reasons);
    }

    [Fact]
    public void A_job_is_recommended_to_a_member_of_the_household_at_an_employer_of_the_directory()
    {
        SignIn("jiangpu-s036", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s036"));
        _calls.Answer(new Intake.V1.Household
        {
            HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1",
            Address = "杨浦区江浦路100弄7号202室",
            Members = { new Intake.V1.Resident { ResidentId = "0193a0b2-0000-7000-8000-0000000000a1", Name = "王*", Age = 45 } },
        });
        _calls.Answer(new ListResourcesReply
        {
            Resources =
            {
                new Resource { ResourceId = "0193a0b2-0000-7000-8000-0000000000e1", Kind = ResourceKind.Employer, Name = "江浦物业公司", FreePlaces = 2, Active = true },
            },
        });
        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));
        page.WaitForAssertion(() => Assert.Contains("王*（45 岁）", page.Find("#job-member").TextContent, StringComparison.Ordinal));

        page.Find("#job-member").Change("0193a0b2-0000-7000-8000-0000000000a1");
        page.Find("#job-employer").Input("江浦物业公司");
        page.Find("#job-position").Input("保洁员");
        page.Find("[data-test=recommend]").Click();

        var sent = Assert.Single(_calls.Sent.OfType<RecommendJobRequest>());
        Assert.Equal(("0193a0b2-0000-7000-8000-0000000000a1", "0193a0b2-0000-7000-8000-0000000000e1", "", "保洁员", CaseId),
            (sent.ResidentId, sent.EmployerResourceId, sent.Employer, sent.Position, sent.CaseId));
        page.WaitForAssertion(() => Assert.Equal("已推荐岗位：保洁员。", page.Find("[data-test=jobs-done]").TextContent));
    }

    [Fact]
    public void Another_workers_case_shows_its_job_recommendations_without_a_way_to_change_them()
    {
        SignIn("jiangpu-s036", "social-worker");
        _calls.Answer(CaseLedBy("jiangpu-s037"));
        _calls.Answer(new ListJobRecommendationsReply
        {
            Recommendations = { new JobRecommendation { RecommendationId = "j1", ResidentId = "x", Employer = "江浦物业公司", Position = "保洁员", Outcome = RecommendationOutcome.Pending } },
        });

        var page = Render<SocialCaseDetail>(parameters => parameters.Add(p => p.CaseId, CaseId));

        page.WaitForAssertion(() => Assert.Contains("待反馈", page.Find("[data-test=recommendation]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-test=outcome-Hired]"));
        Assert.Empty(page.FindAll("[data-test=recommend]"));
    }

    private void SignIn(string staffId, params string[] roles) =>
        AddAuthorization().SetAuthorized(staffId).SetRoles(roles).SetClaims(new Claim("tenant", "jiangpu"), new Claim("sub", staffId));

    private static Case CaseLedBy(string lead)
    {
        var socialCase = new Case
        {
            CaseId = CaseId,
            HouseholdId = "0193a0b2-0000-7000-8000-0000000000f1",
            Origin = CaseOrigin.ResidentRequest,
            Reason = "居民在窗口求助：家庭成员重病，医疗支出大",
            Status = CaseStatus.Intake,
            LeadWorker = lead,
            OpenedAt = "2026-12-01T10:00:00+08:00",
            OpenedBy = lead,
        };
        socialCase.Workers.Add(lead);
        socialCase.Next.Add(CaseStatus.Assessment);
        socialCase.Next.Add(CaseStatus.Closed);
        socialCase.Notes.Add(new CaseNote { NoteId = "n1", Text = "首次接案。", WrittenBy = lead, WrittenAt = "2026-12-01T10:30:00+08:00" });
        socialCase.Notes.Add(new CaseNote { NoteId = "n2", Sensitive = true, Withheld = true, WrittenBy = lead, WrittenAt = "2026-12-01T11:00:00+08:00" });
        return socialCase;
    }
}
