using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Leave;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class LeaveService(RequestLeave requestLeave, LeaveReader leaveReader, ApproveLeave approveLeave, RejectLeave rejectLeave) : V1.Leave.LeaveBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<V1.LeaveRequest> RequestLeave(RequestLeaveRequest request, ServerCallContext context) =>
        requestLeave.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListLeaveReply> ListLeave(ListLeaveRequest request, ServerCallContext context) =>
        leaveReader.ListAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.LeaveRequest> ApproveLeave(DecideLeaveRequest request, ServerCallContext context) =>
        approveLeave.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.LeaveRequest> RejectLeave(DecideLeaveRequest request, ServerCallContext context) =>
        rejectLeave.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class RequestLeaveRequestValidator : AbstractValidator<RequestLeaveRequest>
{
    public RequestLeaveRequestValidator()
    {
        RuleFor(r => r.From).Matches(Rules.Date).WithMessage("from is a date as yyyy-MM-dd.");
        RuleFor(r => r.To).Matches(Rules.Date).WithMessage("to is a date as yyyy-MM-dd.");
        RuleFor(r => r.Kind).NotEqual(V1.LeaveKind.Unspecified).IsInEnum();
        RuleFor(r => r.Reason).MaximumLength(500);
    }
}

internal sealed class DecideLeaveRequestValidator : AbstractValidator<DecideLeaveRequest>
{
    public DecideLeaveRequestValidator()
    {
        RuleFor(r => r.LeaveId).NotEmpty();
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

internal sealed class ListLeaveRequestValidator : AbstractValidator<ListLeaveRequest>
{
    public ListLeaveRequestValidator()
    {
        RuleFor(r => r.StaffId).MaximumLength(64);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
        RuleFor(r => r.OverlapsFrom).Matches(Rules.Date).When(r => r.OverlapsFrom is not null).WithMessage("overlapsFrom is a date (yyyy-MM-dd).");
        RuleFor(r => r.OverlapsTo).Matches(Rules.Date).When(r => r.OverlapsTo is not null).WithMessage("overlapsTo is a date (yyyy-MM-dd).");
    }
}
