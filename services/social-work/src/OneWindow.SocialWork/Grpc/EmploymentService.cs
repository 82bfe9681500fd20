using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Employment;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class EmploymentService(
    RecordSurvey recordSurvey, EmploymentReader employmentReader, RecommendJob recommendJob, RecordJobOutcome recordJobOutcome, RecordReception recordReception) : V1.Employment.EmploymentBase
{
    public override Task<LabourSurvey> RecordSurvey(RecordSurveyRequest request, ServerCallContext context) =>
        recordSurvey.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<ListSurveysReply> ListSurveys(ListSurveysRequest request, ServerCallContext context) =>
        employmentReader.ListSurveysAsync(request, context.CancellationToken);

    public override Task<JobRecommendation> RecommendJob(RecommendJobRequest request, ServerCallContext context) =>
        recommendJob.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<JobRecommendation> RecordJobOutcome(RecordJobOutcomeRequest request, ServerCallContext context) =>
        recordJobOutcome.HandleAsync(request, context.CancellationToken);

    public override Task<ListJobRecommendationsReply> ListJobRecommendations(ListJobRecommendationsRequest request, ServerCallContext context) =>
        employmentReader.ListRecommendationsAsync(request, context.CancellationToken);

    public override Task<Reception> RecordReception(RecordReceptionRequest request, ServerCallContext context) =>
        recordReception.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class RecordSurveyRequestValidator : AbstractValidator<RecordSurveyRequest>
{
    public RecordSurveyRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Employment).NotEqual(EmploymentStatus.Unspecified).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}

internal sealed class RecommendJobRequestValidator : AbstractValidator<RecommendJobRequest>
{
    public RecommendJobRequestValidator()
    {
        RuleFor(r => r.HouseholdId).NotEmpty();
        RuleFor(r => r.ResidentId).NotEmpty();
        RuleFor(r => r.Position).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Employer).NotEmpty().When(r => string.IsNullOrEmpty(r.EmployerResourceId)).WithMessage("employer or employerResourceId is required.");
    }
}

internal sealed class ListJobRecommendationsRequestValidator : AbstractValidator<ListJobRecommendationsRequest>
{
    public ListJobRecommendationsRequestValidator()
    {
        RuleFor(r => r.HouseholdId).OptionalId("householdId");
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class ListSurveysRequestValidator : AbstractValidator<ListSurveysRequest>
{
    public ListSurveysRequestValidator() => RuleFor(r => r.HouseholdId).Id("householdId");
}

internal sealed class RecordJobOutcomeRequestValidator : AbstractValidator<RecordJobOutcomeRequest>
{
    public RecordJobOutcomeRequestValidator()
    {
        RuleFor(r => r.RecommendationId).Id("recommendationId");
        RuleFor(r => r.Outcome).IsInEnum();
        RuleFor(r => r.OutcomeOn).OptionalDay("outcomeOn");
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}

internal sealed class RecordReceptionRequestValidator : AbstractValidator<RecordReceptionRequest>
{
    public RecordReceptionRequestValidator()
    {
        RuleFor(r => r.HouseholdId).Id("householdId");
        RuleFor(r => r.ReceivedAt).MaximumLength(40);
        RuleFor(r => r.Concern).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}
