using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Payroll;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class PayrollService(PreparePayroll preparePayroll, PrepareAdjustmentRun prepareAdjustmentRun, PayrollReader payrollReader, ReviewPayroll reviewPayroll, ApprovePayroll approvePayroll, MarkPayrollPaid markPayrollPaid, OwnPayslips ownPayslips) : V1.Payroll.PayrollBase
{
    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> PrepareRun(PrepareRunRequest request, ServerCallContext context) =>
        preparePayroll.HandleAsync(request.Month, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> PrepareAdjustmentRun(PrepareAdjustmentRunRequest request, ServerCallContext context) =>
        prepareAdjustmentRun.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListRunsReply> ListRuns(ListRunsRequest request, ServerCallContext context) =>
        payrollReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<V1.PayrollRun> GetRun(GetRunRequest request, ServerCallContext context) =>
        payrollReader.GetAsync(request.RunId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> ReviewRun(RunActionRequest request, ServerCallContext context) =>
        reviewPayroll.HandleAsync(request.RunId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.PayrollRun> ApproveRun(RunActionRequest request, ServerCallContext context) =>
        approvePayroll.HandleAsync(request.RunId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> MarkPaid(RunActionRequest request, ServerCallContext context) =>
        markPayrollPaid.HandleAsync(request.RunId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<ListMyPayslipsReply> ListMyPayslips(ListMyPayslipsRequest request, ServerCallContext context) =>
        ownPayslips.ListAsync(Caller.Of(context), context.CancellationToken);
}

internal sealed class PrepareRunRequestValidator : AbstractValidator<PrepareRunRequest>
{
    public PrepareRunRequestValidator() => RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
}

internal sealed class PrepareAdjustmentRunRequestValidator : AbstractValidator<PrepareAdjustmentRunRequest>
{
    public PrepareAdjustmentRunRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.Amount).Matches(@"^-?[0-9]{1,7}(\.[0-9]{1,2})?\z").WithMessage("amount is an amount in yuan, e.g. \"-120.50\".");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class GetRunRequestValidator : AbstractValidator<GetRunRequest>
{
    public GetRunRequestValidator() => RuleFor(r => r.RunId).Id("runId");
}

internal sealed class RunActionRequestValidator : AbstractValidator<RunActionRequest>
{
    public RunActionRequestValidator() => RuleFor(r => r.RunId).Id("runId");
}

internal sealed class ListRunsRequestValidator : AbstractValidator<ListRunsRequest>
{
    public ListRunsRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).When(r => r.Month is not null).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}
