using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.HrPayroll.Application.Withholding;
using OneWindow.HrPayroll.V1;

namespace OneWindow.HrPayroll.Grpc;

internal sealed class WithholdingService(WithholdingRulesReader rulesReader, LoadWithholdingRules loadWithholdingRules, DeclareWithholding declareWithholding, YearWithholdingReader yearWithholdingReader) : V1.Withholding.WithholdingBase
{
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<WithholdingRulesList> ListWithholdingRules(ListWithholdingRulesRequest request, ServerCallContext context) =>
        rulesReader.ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.WithholdingRules> LoadWithholdingRules(LoadWithholdingRulesRequest request, ServerCallContext context) =>
        loadWithholdingRules.HandleAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    [Authorize(Roles = PlatformRoles.HrAdmin)]
    public override Task<V1.WithholdingDeclaration> DeclareWithholding(DeclareWithholdingRequest request, ServerCallContext context) =>
        declareWithholding.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    /// <summary>Any staff by role; the use case lets a worker without an HR or director role read only themself.</summary>
    [Authorize(Roles = PlatformRoles.AnyStaff)]
    public override Task<YearWithholding> GetYearWithholding(GetYearWithholdingRequest request, ServerCallContext context) =>
        yearWithholdingReader.GetAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class LoadWithholdingRulesRequestValidator : AbstractValidator<LoadWithholdingRulesRequest>
{
    public LoadWithholdingRulesRequestValidator()
    {
        RuleFor(r => r.From).Matches(Wire.MonthPattern()).WithMessage("from is a month as yyyy-MM.");
        RuleFor(r => r.To).Matches(Wire.MonthPattern()).WithMessage("to is a month as yyyy-MM.");
        RuleFor(r => r.RulesJson).NotEmpty().MaximumLength(20_000);
    }
}

internal sealed class DeclareWithholdingRequestValidator : AbstractValidator<DeclareWithholdingRequest>
{
    public DeclareWithholdingRequestValidator()
    {
        RuleFor(r => r.StaffId).Matches(Rules.StaffId);
        RuleFor(r => r.Month).Matches(Wire.MonthPattern()).WithMessage("month is a month as yyyy-MM.");
    }
}

internal sealed class GetYearWithholdingRequestValidator : AbstractValidator<GetYearWithholdingRequest>
{
    public GetYearWithholdingRequestValidator()
    {
        RuleFor(r => r.StaffId).Matches(Rules.StaffId);
        RuleFor(r => r.Year).InclusiveBetween(2000, 2100);
    }
}
