using FluentValidation;
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

internal sealed class DraftPlanRequestValidator : AbstractValidator<DraftPlanRequest>
{
    public DraftPlanRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.Goals).Must(g => g.Count <= 200).WithMessage("goals holds at most 200 entries.");
        RuleForEach(r => r.Goals).MaximumLength(500);
        RuleFor(r => r.ReviewOn).OptionalDay("reviewOn");
    }
}

internal sealed class GetPlanRequestValidator : AbstractValidator<GetPlanRequest>
{
    public GetPlanRequestValidator() => RuleFor(r => r.CaseId).Id("caseId");
}

internal sealed class AddActionRequestValidator : AbstractValidator<AddActionRequest>
{
    public AddActionRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.Description).MaximumLength(500);
        RuleFor(r => r.Owner).MaximumLength(500);
        RuleFor(r => r.DueOn).OptionalDay("dueOn");
    }
}

internal sealed class SettleActionRequestValidator : AbstractValidator<SettleActionRequest>
{
    public SettleActionRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.ActionId).Id("actionId");
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

internal sealed class LinkPolicyRequestValidator : AbstractValidator<LinkPolicyRequest>
{
    public LinkPolicyRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.ItemCode).NotEmpty().MaximumLength(40);
    }
}

internal sealed class LinkResourceRequestValidator : AbstractValidator<LinkResourceRequest>
{
    public LinkResourceRequestValidator()
    {
        RuleFor(r => r.CaseId).Id("caseId");
        RuleFor(r => r.ResourceId).Id("resourceId");
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Note).MaximumLength(1_000);
    }
}
