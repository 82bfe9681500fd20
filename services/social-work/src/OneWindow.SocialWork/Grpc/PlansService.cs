using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

[Authorize(Roles = Roles.Worker)]
internal sealed class PlansService(IServiceProvider services) : Plans.PlansBase
{
    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().GetAsync(request, context.CancellationToken);

    public override Task<Plan> DraftPlan(DraftPlanRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().DraftAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> AddAction(AddActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().AddActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> SettleAction(SettleActionRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().SettleActionAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkPolicy(LinkPolicyRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().LinkPolicyAsync(request, Caller.Of(context), context.CancellationToken);

    public override Task<Plan> LinkResource(LinkResourceRequest request, ServerCallContext context) =>
        services.GetRequiredService<PlanUseCases>().LinkResourceAsync(request, Caller.Of(context), context.CancellationToken);
}
