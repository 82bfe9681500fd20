using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class HouseholdsService(IServiceProvider services) : Households.HouseholdsBase
{
    public override Task<Household> GetHousehold(GetHouseholdRequest request, ServerCallContext context) =>
        services.GetRequiredService<CaseReader>().HouseholdAsync(request, context.CancellationToken);
}
