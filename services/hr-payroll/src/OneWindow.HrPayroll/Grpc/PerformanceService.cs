using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Performance;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class PerformanceService(EvaluateMonth evaluateMonth, EvaluationReader evaluationReader, AdjustEvaluation adjustEvaluation, RecordDeduction recordDeduction, ConfirmAward confirmAward) : V1.Performance.PerformanceBase
{
    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<ListEvaluationsReply> EvaluateMonth(EvaluateMonthRequest request, ServerCallContext context) =>
        evaluateMonth.HandleAsync(request.Month, context.CancellationToken);

    [Authorize(Roles = $"{PlatformRoles.HrAdmin},{PlatformRoles.Head},{PlatformRoles.Director},{PlatformRoles.DistrictAdmin}")]
    public override Task<ListEvaluationsReply> ListEvaluations(ListEvaluationsRequest request, ServerCallContext context) =>
        evaluationReader.ListAsync(request.Month, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.Evaluation> AdjustEvaluation(AdjustEvaluationRequest request, ServerCallContext context) =>
        adjustEvaluation.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Head)]
    public override Task<V1.Evaluation> RecordDeduction(RecordDeductionRequest request, ServerCallContext context) =>
        recordDeduction.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = PlatformRoles.Director)]
    public override Task<V1.Evaluation> ConfirmAward(ConfirmAwardRequest request, ServerCallContext context) =>
        confirmAward.HandleAsync(request, Caller.Of(context), context.CancellationToken);
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
        RuleFor(r => r.Points).Matches(@"^-?[0-9]{1,2}(\.[0-9])?\z").WithMessage("points is a number of points with at most one decimal, e.g. \"-2.5\".");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("A discretionary adjustment gives a written reason.").MaximumLength(500);
    }
}

internal sealed class RecordDeductionRequestValidator : AbstractValidator<RecordDeductionRequest>
{
    public RecordDeductionRequestValidator()
    {
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
        RuleFor(r => r.StaffId).NotEmpty();
        RuleFor(r => r.Amount).Matches(@"^[0-9]{1,7}(\.[0-9]{1,2})?\z").WithMessage("amount is a positive amount in yuan, e.g. \"50.00\".");
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
