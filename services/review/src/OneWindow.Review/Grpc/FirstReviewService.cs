using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.Review.Application.Files;
using OneWindow.Review.Application.Outcomes;
using OneWindow.Review.V1;

namespace OneWindow.Review.Grpc;

internal sealed class FirstReviewService(FileReader fileReader, DecideFile decideFile, ReassignFile reassignFile, OutcomesReader outcomes) : V1.FirstReview.FirstReviewBase
{
    private const string Readers = $"{PlatformRoles.Reviewer},{PlatformRoles.Supervisor},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    private const string Deciders = $"{PlatformRoles.Reviewer},{PlatformRoles.Head}";

    [Authorize(Roles = Readers)]
    public override Task<ListWorklistReply> ListWorklist(ListWorklistRequest request, ServerCallContext context) =>
        fileReader.ListAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<ReviewFile> GetFile(GetFileRequest request, ServerCallContext context) =>
        fileReader.GetAsync(request.FileId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Deciders)]
    public override Task<ReviewFile> Pass(PassRequest request, ServerCallContext context) =>
        decideFile.PassAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Deciders)]
    public override Task<ReviewFile> Return(ReturnRequest request, ServerCallContext context) =>
        decideFile.ReturnAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Deciders)]
    public override Task<ReviewFile> Reject(RejectRequest request, ServerCallContext context) =>
        decideFile.RejectAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Reviewer)]
    public override Task<ReviewFile> Escalate(EscalateRequest request, ServerCallContext context) =>
        decideFile.EscalateAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Supervisor)]
    public override Task<ReviewFile> Recheck(RecheckRequest request, ServerCallContext context) =>
        decideFile.RecheckAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<ReviewFile> Reassign(ReassignRequest request, ServerCallContext context) =>
        reassignFile.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ReviewOutcomes> GetOutcomes(GetOutcomesRequest request, ServerCallContext context) =>
        outcomes.GetAsync(request, context.CancellationToken);
}

internal sealed class GetOutcomesRequestValidator : AbstractValidator<GetOutcomesRequest>
{
    public GetOutcomesRequestValidator()
    {
        RuleFor(r => r.Day).Matches(@"\A([0-9]{4}-[0-9]{2}-[0-9]{2})?\z").WithMessage("day is a day written yyyy-MM-dd.");
    }
}

internal sealed class ListWorklistRequestValidator : AbstractValidator<ListWorklistRequest>
{
    public ListWorklistRequestValidator()
    {
        RuleFor(r => r.View).IsInEnum();
        RuleFor(r => r.ReviewerStaffId).MaximumLength(64);
    }
}

internal sealed class PassRequestValidator : AbstractValidator<PassRequest>
{
    public PassRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Note).MaximumLength(Domain.Files.ReviewFile.MaxReasonLength);
    }
}

internal sealed class ReturnRequestValidator : AbstractValidator<ReturnRequest>
{
    public ReturnRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Issues).NotEmpty().WithMessage("List exactly what is missing or wrong (at least one material).")
            .Must(i => i.Count <= 30).WithMessage("At most 30 issues.");
        RuleForEach(r => r.Issues).ChildRules(issue =>
        {
            issue.RuleFor(i => i.MaterialCode).NotEmpty().MaximumLength(40);
            issue.RuleFor(i => i.Kind).NotEqual(V1.IssueKind.Unspecified).WithMessage("kind is ISSUE_KIND_MISSING or ISSUE_KIND_WRONG.").IsInEnum();
            issue.RuleFor(i => i.Note).MaximumLength(Domain.Files.ReviewFile.MaxNoteLength);
        });
    }
}

internal sealed class RejectRequestValidator : AbstractValidator<RejectRequest>
{
    public RejectRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Domain.Files.ReviewFile.MaxReasonLength);
    }
}

internal sealed class EscalateRequestValidator : AbstractValidator<EscalateRequest>
{
    public EscalateRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Domain.Files.ReviewFile.MaxReasonLength);
    }
}

internal sealed class ReassignRequestValidator : AbstractValidator<ReassignRequest>
{
    public ReassignRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.ReviewerStaffId).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(Domain.Files.ReviewFile.MaxReasonLength);
    }
}

internal sealed class GetFileRequestValidator : AbstractValidator<GetFileRequest>
{
    public GetFileRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}

internal sealed class RecheckRequestValidator : AbstractValidator<RecheckRequest>
{
    public RecheckRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}
