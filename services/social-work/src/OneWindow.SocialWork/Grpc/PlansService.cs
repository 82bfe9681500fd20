using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Plans;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class PlansService(
    PlanReader planReader, DraftPlan draftPlan, AddAction addAction, SettleAction settleAction, LinkPolicy linkPolicy, LinkResource linkResource) : Plans.PlansBase
{
    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        planReader.GetAsync(request, context.CancellationToken);

    public override Task<Plan> DraftPlan(DraftPlanRequest request, ServerCallContext context) =>
        draftPlan.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> AddAction(AddActionRequest request, ServerCallContext context) =>
        addAction.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> SettleAction(SettleActionRequest request, ServerCallContext context) =>
        settleAction.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkPolicy(LinkPolicyRequest request, ServerCallContext context) =>
        linkPolicy.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkResource(LinkResourceRequest request, ServerCallContext context) =>
        linkResource.HandleAsync(request, Caller.Of(context), context.CancellationToken);
}
