using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class PlansService(PlanUseCases planUseCases) : Plans.PlansBase
{
    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        planUseCases.GetAsync(request, context.CancellationToken);

    public override Task<Plan> DraftPlan(DraftPlanRequest request, ServerCallContext context) =>
        planUseCases.DraftAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> AddAction(AddActionRequest request, ServerCallContext context) =>
        planUseCases.AddActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> SettleAction(SettleActionRequest request, ServerCallContext context) =>
        planUseCases.SettleActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkPolicy(LinkPolicyRequest request, ServerCallContext context) =>
        planUseCases.LinkPolicyAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkResource(LinkResourceRequest request, ServerCallContext context) =>
        planUseCases.LinkResourceAsync(request, Caller.Of(context), context.CancellationToken);
}
