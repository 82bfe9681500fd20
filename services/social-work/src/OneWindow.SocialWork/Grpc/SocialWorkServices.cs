using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

/// <summary>Who may call what (docs/roles.md). The head of social work holds the social-worker role too.</summary>
internal static class Roles
{
    public const string Worker = PlatformRoles.SocialWorker;

    /// <summary>Grid managers report households, reviewers and policy officers note policy gaps, clerks pass on residents' requests.</summary>
    public const string Referrers = $"{PlatformRoles.SocialWorker},{PlatformRoles.GridManager},{PlatformRoles.Reviewer},{PlatformRoles.PolicyOfficer},{PlatformRoles.Clerk}";

    public const string StatisticsReaders = $"{PlatformRoles.SocialWorker},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    public const string RuleReaders = $"{PlatformRoles.SocialWorker},{PlatformRoles.DistrictAdmin}";
}

internal sealed class ReferralsService(IServiceProvider services) : Referrals.ReferralsBase
{
    [Authorize(Roles = Roles.Referrers)]
    public override Task<Referral> MakeReferral(MakeReferralRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().MakeReferralAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListReferralsReply> ListReferrals(ListReferralsRequest request, ServerCallContext context) =>
        services.GetRequiredService<ReferralReader>().ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptReferral(AcceptReferralRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().AcceptReferralAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Referral> DeclineReferral(DeclineReferralRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().DeclineReferralAsync(request, Caller.Of(context), context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class CasesService(IServiceProvider services) : Cases.CasesBase
{
    public override Task<Case> OpenCase(OpenCaseRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().OpenAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListCasesReply> ListCases(ListCasesRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseReader>().ListAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> GetCase(GetCaseRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseReader>().GetAsync(request, context.CancellationToken);

    public override Task<Case> AdvanceCase(AdvanceCaseRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().AdvanceAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> CloseCase(CloseCaseRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().CloseAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> AssignWorker(AssignWorkerRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().AssignWorkerAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Case> DescribeSituation(DescribeSituationRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().DescribeSituationAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<CaseNote> AddNote(AddNoteRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().AddNoteAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<SensitiveNotesReply> ReadSensitiveNotes(ReadSensitiveNotesRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseUseCases>().ReadSensitiveNotesAsync(request, Caller.Of(context), context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class HouseholdsService(IServiceProvider services) : Households.HouseholdsBase
{
    public override Task<Household> GetHousehold(GetHouseholdRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseReader>().HouseholdAsync(request, context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class HomeVisitsService(IServiceProvider services) : HomeVisits.HomeVisitsBase
{
    public override Task<HomeVisit> ScheduleVisit(ScheduleVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().ScheduleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> RecordVisit(RecordVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().RecordAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> CompleteVisit(CompleteVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().CompleteAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<HomeVisit> MissVisit(MissVisitRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().MissAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListVisitsReply> ListVisits(ListVisitsRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().ListAsync(request, context.CancellationToken);

    public override Task<ListVisitsReply> MyVisits(MyVisitsRequest request, ServerCallContext context) =>
        services.GetRequiredService<VisitUseCases>().MineAsync(Caller.Of(context), context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class PlansService(IServiceProvider services) : Plans.PlansBase
{
    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().GetAsync(request, context.CancellationToken);

    public override Task<Plan> DraftPlan(DraftPlanRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().DraftAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> AddAction(AddActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().AddActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> SettleAction(SettleActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().SettleActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkPolicy(LinkPolicyRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().LinkPolicyAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkResource(LinkResourceRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().LinkResourceAsync(request, Caller.Of(context), context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class ResourcesService(IServiceProvider services) : V1.Resources.ResourcesBase
{
    public override Task<Resource> RegisterResource(RegisterResourceRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().RegisterAsync(request, context.CancellationToken);

    public override Task<Resource> UpdateResource(UpdateResourceRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().UpdateAsync(request, context.CancellationToken);

    public override Task<ListResourcesReply> ListResources(ListResourcesRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().ListAsync(request, context.CancellationToken);

    public override Task<MatchResourcesReply> MatchResources(MatchResourcesRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().MatchAsync(request, context.CancellationToken);

    public override Task<ListResourceReferralsReply> ListResourceReferrals(ListResourceReferralsRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().ListReferralsAsync(request, context.CancellationToken);

    public override Task<ResourceReferral> ConcludeResourceReferral(ConcludeResourceReferralRequest request, ServerCallContext context) =>
        services.GetRequiredService<ResourceUseCases>().ConcludeAsync(request, Caller.Of(context), context.CancellationToken);
}

[Authorize(Roles = Roles.Worker)]
internal sealed class EmploymentService(IServiceProvider services) : V1.Employment.EmploymentBase
{
    public override Task<LabourSurvey> RecordSurvey(RecordSurveyRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().RecordSurveyAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListSurveysReply> ListSurveys(ListSurveysRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().ListSurveysAsync(request, context.CancellationToken);

    public override Task<JobRecommendation> RecommendJob(RecommendJobRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().RecommendAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<JobRecommendation> RecordJobOutcome(RecordJobOutcomeRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().RecordOutcomeAsync(request, context.CancellationToken);

    public override Task<ListJobRecommendationsReply> ListJobRecommendations(ListJobRecommendationsRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().ListRecommendationsAsync(request, context.CancellationToken);

    public override Task<Reception> RecordReception(RecordReceptionRequest request, ServerCallContext context) =>
        services.GetRequiredService<EmploymentUseCases>().RecordReceptionAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class SilentFamiliesService(IServiceProvider services) : SilentFamilies.SilentFamiliesBase
{
    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ListRulesReply> ListRules(ListRulesRequest request, ServerCallContext context) =>
        services.GetRequiredService<RuleBook>().ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<Rule> UpdateRule(UpdateRuleRequest request, ServerCallContext context) =>
        services.GetRequiredService<RuleBook>().UpdateAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ScanReply> Scan(ScanRequest request, ServerCallContext context) =>
        services.GetRequiredService<ScanSilentFamilies>().ScanAsync(context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListFindingsReply> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptFinding(AcceptFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().AcceptAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DismissFinding(DismissFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().DismissAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DeferFinding(DeferFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().DeferAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class StatisticsService(IServiceProvider services) : Statistics.StatisticsBase
{
    [Authorize(Roles = Roles.StatisticsReaders)]
    public override Task<StatisticsReply> GetStatistics(GetStatisticsRequest request, ServerCallContext context) =>
        services.GetRequiredService<StatisticsReader>().GetAsync(request, context.CancellationToken);
}
