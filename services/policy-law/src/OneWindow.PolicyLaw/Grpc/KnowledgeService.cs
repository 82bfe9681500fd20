using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Knowledge;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

internal sealed class KnowledgeService(KnowledgeReader knowledgeReader, SaveAnswer saveAnswer, RecordTraining recordTraining) : V1.Knowledge.KnowledgeBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<SearchAnswersReply> SearchAnswers(SearchAnswersRequest request, ServerCallContext context) =>
        knowledgeReader.SearchAnswersAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.DistrictAdmin}")]
    public override Task<PolicyAnswer> SaveAnswer(SaveAnswerRequest request, ServerCallContext context) =>
        saveAnswer.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<TrainingSession> RecordTraining(RecordTrainingRequest request, ServerCallContext context) =>
        recordTraining.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListTrainingsReply> ListTrainings(ListTrainingsRequest request, ServerCallContext context) =>
        knowledgeReader.ListTrainingsAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<TrainingCoverageReply> TrainingCoverage(TrainingCoverageRequest request, ServerCallContext context) =>
        knowledgeReader.TrainingCoverageAsync(request.ItemCode, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<SummarizeTrainingCoverageReply> SummarizeTrainingCoverage(SummarizeTrainingCoverageRequest request, ServerCallContext context) =>
        knowledgeReader.SummarizeTrainingCoverageAsync(context.CancellationToken);
}

internal sealed class SearchAnswersRequestValidator : AbstractValidator<SearchAnswersRequest>
{
    public SearchAnswersRequestValidator() => RuleFor(r => r.Q).NotEmpty().MaximumLength(100);
}

internal sealed class SaveAnswerRequestValidator : AbstractValidator<SaveAnswerRequest>
{
    public SaveAnswerRequestValidator()
    {
        RuleFor(r => r.ItemCode).NotEmpty();
        RuleFor(r => r.Question).NotEmpty().MaximumLength(500);
        RuleFor(r => r.Answer).NotEmpty().MaximumLength(4_000);
    }
}

internal sealed class RecordTrainingRequestValidator : AbstractValidator<RecordTrainingRequest>
{
    public RecordTrainingRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.HeldOn).Matches(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z").WithMessage("heldOn must be a date as yyyy-MM-dd.");
        RuleFor(r => r.ItemCodes).NotEmpty();
        RuleFor(r => r.AttendeeStaffIds).NotEmpty();
        RuleForEach(r => r.AttendeeStaffIds).NotEmpty().MaximumLength(64);
    }
}

internal sealed class ListTrainingsRequestValidator : AbstractValidator<ListTrainingsRequest>
{
    public ListTrainingsRequestValidator()
    {
        RuleFor(r => r.ItemCode).MaximumLength(40);
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class TrainingCoverageRequestValidator : AbstractValidator<TrainingCoverageRequest>
{
    public TrainingCoverageRequestValidator() => RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
}
