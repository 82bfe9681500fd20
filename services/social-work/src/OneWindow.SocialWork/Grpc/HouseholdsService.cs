using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Cases;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class HouseholdsService(CaseReader caseReader) : Households.HouseholdsBase
{
    public override Task<Household> GetHousehold(GetHouseholdRequest request, ServerCallContext context) =>
        caseReader.HouseholdAsync(request, context.CancellationToken);
}

internal sealed class GetHouseholdRequestValidator : AbstractValidator<GetHouseholdRequest>
{
    public GetHouseholdRequestValidator() => RuleFor(r => r.HouseholdId).Id("householdId");
}
