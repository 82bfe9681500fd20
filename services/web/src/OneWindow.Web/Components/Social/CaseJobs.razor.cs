using System.Globalization;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Social;

/// <summary>
/// 就业帮扶 on a case: what the labour surveys found of the household's members (who wants work, their skills), the
/// jobs recommended to them with what came of each, and a new recommendation — an employer of the centre's directory
/// (its free places shown) or one typed — for a member of the household. Intake's members are masked (张*), as the
/// social worker is not serving them at a window. The recommendations come a page at a time, the latest first.
/// </summary>
public sealed partial class CaseJobs
{
    private static readonly RecommendationOutcome[] Outcomes = [RecommendationOutcome.Hired, RecommendationOutcome.NotHired, RecommendationOutcome.Declined];

    private Case? _for;
    private List<LabourSurvey>? _surveys;
    private readonly PagedList<JobRecommendation> _recommendations;
    private List<Resource> _employers = [];
    private JobDraft _draft = new();

    public CaseJobs() =>
        _recommendations = new(async token =>
        {
            var reply = await Employment.ListJobRecommendationsAsync(new ListJobRecommendationsRequest { HouseholdId = Case.HouseholdId, PageSize = 20, PageToken = token });
            foreach (var pending in reply.Recommendations.Where(r => r.Outcome == RecommendationOutcome.Pending))
            {
                OutcomeNotes.TryAdd(pending.RecommendationId, string.Empty);
            }

            return (reply.Recommendations, reply.NextPageToken);
        });

    [Parameter, EditorRequired]
    public Case Case { get; set; } = null!;

    [Parameter, EditorRequired]
    public CaseRights Rights { get; set; } = null!;

    /// <summary>The household's members as intake keeps them; empty where intake does not know the household.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<Intake.V1.Resident> Members { get; set; } = [];

    [Inject]
    private Employment.EmploymentClient Employment { get; set; } = null!;

    [Inject]
    private SocialWork.V1.Resources.ResourcesClient Resources { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    private Dictionary<string, string> OutcomeNotes { get; } = [];

    private bool Workable => Rights.MayWork && Case.Status != CaseStatus.Closed;

    protected override async Task OnParametersSetAsync()
    {
        if (ReferenceEquals(_for, Case))
        {
            return;
        }

        _for = Case;
        await Action.RunAsync(async () =>
        {
            _surveys = [.. (await Employment.ListSurveysAsync(new ListSurveysRequest { HouseholdId = Case.HouseholdId })).Surveys.OrderByDescending(s => s.SurveyedOn, StringComparer.Ordinal)];
            await _recommendations.FirstAsync();
            _employers = Workable
                ? [.. (await Resources.ListResourcesAsync(new ListResourcesRequest { Kind = ResourceKind.Employer })).Resources.Where(r => r.FreePlaces > 0)]
                : [];
        });
    }

    private async Task RecommendAsync()
    {
        var draft = _draft;
        if (!draft.Complete)
        {
            return;
        }

        // The form is emptied before the call so that a second click has nothing to send; a refusal brings it back.
        _draft = new JobDraft();
        var employer = _employers.FirstOrDefault(e => e.Name == draft.Employer!.Trim());
        var request = new RecommendJobRequest
        {
            HouseholdId = Case.HouseholdId,
            ResidentId = draft.ResidentId!,
            CaseId = Case.CaseId,
            EmployerResourceId = employer?.ResourceId ?? string.Empty,
            Employer = employer is null ? draft.Employer!.Trim() : string.Empty,
            Position = draft.Position!.Trim(),
            RecommendedOn = ChinaTime.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (!await Action.RunAsync(async () => { await Employment.RecommendJobAsync(request); await _recommendations.FirstAsync(); }, T["SocialJobRecommended", request.Position]))
        {
            _draft = draft;
        }
    }

    private Task RecordOutcomeAsync(JobRecommendation recommendation, RecommendationOutcome outcome) =>
        Action.RunAsync(
            async () =>
            {
                // A click that reaches the circuit after the outcome was recorded does nothing.
                if (recommendation.Outcome != RecommendationOutcome.Pending)
                {
                    return;
                }

                await Employment.RecordJobOutcomeAsync(new RecordJobOutcomeRequest
                {
                    RecommendationId = recommendation.RecommendationId,
                    Outcome = outcome,
                    OutcomeOn = ChinaTime.Today(Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Note = OutcomeNotes.GetValueOrDefault(recommendation.RecommendationId, string.Empty).Trim(),
                });
                recommendation.Outcome = outcome;
                await _recommendations.ReadAsync();
            },
            T["SocialOutcomeRecorded", T["SocialOutcome_" + outcome]]);

    private string MemberName(string residentId) =>
        Members.FirstOrDefault(m => m.ResidentId == residentId) is { } member
            ? T["SocialMemberName", member.Name, member.Age].Value
            : T["SocialMemberUnknown", SocialWords.ShortId(residentId)].Value;

    private string Wants(LabourSurvey survey) =>
        (survey.WantsWork, survey.WantsTraining) switch
        {
            (true, true) => T["SocialWantsWorkAndTraining"],
            (true, false) => T["SocialWantsWork"],
            (false, true) => T["SocialWantsTraining"],
            _ => "—",
        };
}
