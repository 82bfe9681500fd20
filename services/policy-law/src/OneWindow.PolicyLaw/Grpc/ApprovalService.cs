using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Approval;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

internal sealed class ApprovalService(ApprovalReader approvalReader, DecideApproval decideApproval) : V1.Approval.ApprovalBase
{
    private const string Readers = $"{PlatformRoles.PolicyOfficer},{PlatformRoles.Supervisor},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}";

    [Authorize(Roles = Readers)]
    public override Task<ListWorklistReply> ListWorklist(ListWorklistRequest request, ServerCallContext context) =>
        approvalReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Readers)]
    public override Task<ApprovalCase> GetApproval(GetApprovalRequest request, ServerCallContext context) =>
        approvalReader.GetAsync(request.FileId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Supervisor)]
    public override Task<ApprovalCase> Recheck(RecheckRequest request, ServerCallContext context) =>
        decideApproval.RecheckAsync(request.FileId, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<ApprovalCase> Approve(ApproveRequest request, ServerCallContext context) =>
        decideApproval.ApproveAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<ApprovalCase> Reject(DecisionRequest request, ServerCallContext context) =>
        decideApproval.RejectAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.PolicyOfficer)]
    public override Task<ApprovalCase> Return(DecisionRequest request, ServerCallContext context) =>
        decideApproval.ReturnAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<ApprovalCase> Confirm(ConfirmRequest request, ServerCallContext context) =>
        decideApproval.ConfirmAsync(request.FileId, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<ApprovalCase> SendBack(DecisionRequest request, ServerCallContext context) =>
        decideApproval.SendBackAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class ConfirmRequestValidator : AbstractValidator<ConfirmRequest>
{
    public ConfirmRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
    }
}

internal sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(1_000);
    }
}

internal sealed class ApproveRequestValidator : AbstractValidator<ApproveRequest>
{
    public ApproveRequestValidator()
    {
        RuleFor(r => r.FileId).NotEmpty();
        RuleFor(r => r.Reason).MaximumLength(1_000);
        RuleFor(r => r.AmountReason).MaximumLength(500);
        RuleFor(r => r.MonthlyAmount).Matches(@"^[0-9]{1,7}(\.[0-9]{1,2})?\z").WithMessage("monthlyAmount is an amount in yuan with at most two decimals, e.g. \"1530.00\".");
    }
}

internal sealed class GetApprovalRequestValidator : AbstractValidator<GetApprovalRequest>
{
    public GetApprovalRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}

internal sealed class RecheckRequestValidator : AbstractValidator<RecheckRequest>
{
    public RecheckRequestValidator() => RuleFor(r => r.FileId).Id("fileId");
}

internal sealed class ListWorklistRequestValidator : AbstractValidator<ListWorklistRequest>
{
    public ListWorklistRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
