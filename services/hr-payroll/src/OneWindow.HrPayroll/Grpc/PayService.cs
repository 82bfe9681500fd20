using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class PayScaleService(IServiceProvider services) : PayScales.PayScalesBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<PayScale> GetPayScale(GetPayScaleRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayScaleUseCases>().GetAsync(request, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<PayScale> PublishPayScale(PublishPayScaleRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayScaleUseCases>().PublishAsync(request, Caller.Of(context).Subject, context.CancellationToken);
}

internal sealed class PerformanceService(IServiceProvider services) : V1.Performance.PerformanceBase
{
    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<ListEvaluationsReply> EvaluateMonth(EvaluateMonthRequest request, ServerCallContext context) =>
        services.GetRequiredService<PerformanceUseCases>().EvaluateMonthAsync(request.Month, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListEvaluationsReply> ListEvaluations(ListEvaluationsRequest request, ServerCallContext context) =>
        services.GetRequiredService<PerformanceUseCases>().ListAsync(request.Month, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.Evaluation> AdjustEvaluation(AdjustEvaluationRequest request, ServerCallContext context) =>
        services.GetRequiredService<PerformanceUseCases>().AdjustAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.Evaluation> RecordDeduction(RecordDeductionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PerformanceUseCases>().RecordDeductionAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.Evaluation> ConfirmAward(ConfirmAwardRequest request, ServerCallContext context) =>
        services.GetRequiredService<PerformanceUseCases>().ConfirmAwardAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class PayrollService(IServiceProvider services) : V1.Payroll.PayrollBase
{
    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> PrepareRun(PrepareRunRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().PrepareAsync(request.Month, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> PrepareAdjustmentRun(PrepareAdjustmentRunRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().PrepareAdjustmentAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListRunsReply> ListRuns(ListRunsRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().ListAsync(request.Month, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<V1.PayrollRun> GetRun(GetRunRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().GetAsync(request.RunId, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> ReviewRun(RunActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().ReviewAsync(request.RunId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.PayrollRun> ApproveRun(RunActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().ApproveAsync(request.RunId, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.PayrollRun> MarkPaid(RunActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PayrollUseCases>().MarkPaidAsync(request.RunId, Caller.Of(context), context.CancellationToken);
}

internal sealed class PublishPayScaleRequestValidator : AbstractValidator<PublishPayScaleRequest>
{
    public PublishPayScaleRequestValidator()
    {
        RuleFor(r => r.EffectiveFrom).Matches(Rules.Date).WithMessage("effectiveFrom is a date as yyyy-MM-dd.");
        RuleFor(r => r.TermsJson).NotEmpty().MaximumLength(100_000);
    }
}

internal sealed class EvaluateMonthRequestValidator : AbstractValidator<EvaluateMonthRequest>
{
    public EvaluateMonthRequestValidator() => RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
}

internal sealed class ListEvaluationsRequestValidator : AbstractValidator<ListEvaluationsRequest>
{
    public ListEvaluationsRequestValidator() => RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
}

internal sealed class AdjustEvaluationRequestValidator : AbstractValidator<AdjustEvaluationRequest>
{
    public AdjustEvaluationRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.Points).Matches(@"^-?\d{1,2}(\.\d)?$").WithMessage("points is a number of points with at most one decimal, e.g. \"-2.5\".");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("A discretionary adjustment gives a written reason.").MaximumLength(500);
    }
}

internal sealed class RecordDeductionRequestValidator : AbstractValidator<RecordDeductionRequest>
{
    public RecordDeductionRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.Amount).Matches(@"^\d{1,7}(\.\d{1,2})?$").WithMessage("amount is a positive amount in yuan, e.g. \"50.00\".");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class ConfirmAwardRequestValidator : AbstractValidator<ConfirmAwardRequest>
{
    public ConfirmAwardRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.StaffId).NotEmpty();
    }
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
        RuleFor(r => r.Amount).Matches(@"^-?\d{1,7}(\.\d{1,2})?$").WithMessage("amount is an amount in yuan, e.g. \"-120.50\".");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}
