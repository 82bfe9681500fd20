using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.PolicyLaw.Application.Eligibility;
using OneWindow.PolicyLaw.V1;

namespace OneWindow.PolicyLaw.Grpc;

[Authorize(Roles = PlatformRoles.AnyStaff)]
internal sealed class EligibilityService(CheckEligibility eligibility, FactDefinitions facts) : V1.Eligibility.EligibilityBase
{
    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<FactDefinition> DefineFact(DefineFactRequest request, ServerCallContext context) =>
        facts.DefineAsync(request, Caller.Of(context).Subject, context.CancellationToken);

    public override Task<FactList> ListFacts(ListFactsRequest request, ServerCallContext context) =>
        facts.ListAsync(context.CancellationToken);

    public override Task<EligibilityResult> Evaluate(EvaluateRequest request, ServerCallContext context) =>
        eligibility.EvaluateAsync(request, context.CancellationToken);

    public override Task<FindEligibleItemsReply> FindEligibleItems(FindEligibleItemsRequest request, ServerCallContext context) =>
        eligibility.FindAsync(request, context.CancellationToken);
}

internal sealed class HouseholdFactsValidator : AbstractValidator<HouseholdFacts>
{
    public HouseholdFactsValidator()
    {
        RuleFor(f => f.Age).InclusiveBetween(0, 130);
        RuleFor(f => f.HouseholdSize).InclusiveBetween(1, 30);
        RuleFor(f => f.DisabilityGrade).InclusiveBetween(0, 4);
        RuleFor(f => f.ElderlyMembers).InclusiveBetween(0, 30);
        RuleForEach(f => f.Benefits).NotEmpty().MaximumLength(40);
    }
}

internal sealed class EvaluateRequestValidator : AbstractValidator<EvaluateRequest>
{
    public EvaluateRequestValidator()
    {
        RuleFor(r => r.ItemCode).NotEmpty();
        RuleFor(r => r.ItemVersion).GreaterThan(0);
        RuleFor(r => r.Facts).NotNull().SetValidator(new HouseholdFactsValidator());
    }
}

internal sealed class DefineFactRequestValidator : AbstractValidator<DefineFactRequest>
{
    public DefineFactRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Label).NotEmpty().MaximumLength(20);
        RuleFor(r => r.Unit).MaximumLength(8);
        RuleFor(r => r.Source).NotEmpty().MaximumLength(60);
    }
}

internal sealed class FindEligibleItemsRequestValidator : AbstractValidator<FindEligibleItemsRequest>
{
    public FindEligibleItemsRequestValidator()
    {
        RuleFor(r => r.Facts).NotNull().SetValidator(new HouseholdFactsValidator());
        RuleFor(r => r.Also.Count).LessThanOrEqualTo(30).OverridePropertyName("also");
        RuleForEach(r => r.Also).SetValidator(new HouseholdFactsValidator());
    }
}
