using FluentValidation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application.Outreach;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

internal sealed class SilentFamiliesService(
    RuleReader ruleReader, UpdateRule updateRule, ScanSilentFamilies scanSilentFamilies, ScanReader scanReader, FindingReader findingReader, DecideFinding decideFinding) : SilentFamilies.SilentFamiliesBase
{
    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ListRulesReply> ListRules(ListRulesRequest request, ServerCallContext context) =>
        ruleReader.ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<Rule> UpdateRule(UpdateRuleRequest request, ServerCallContext context) =>
        updateRule.HandleAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<FamilyScan> Scan(ScanRequest request, ServerCallContext context) =>
        scanSilentFamilies.ScanAsync(Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<FamilyScan> GetScan(GetScanRequest request, ServerCallContext context) =>
        scanReader.GetAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ListScansReply> ListScans(ListScansRequest request, ServerCallContext context) =>
        scanReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListFindingsReply> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        findingReader.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptFinding(AcceptFindingRequest request, ServerCallContext context) =>
        decideFinding.AcceptAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DismissFinding(DismissFindingRequest request, ServerCallContext context) =>
        decideFinding.DismissAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DeferFinding(DeferFindingRequest request, ServerCallContext context) =>
        decideFinding.DeferAsync(request, Caller.Of(context), context.CancellationToken);
}

internal sealed class AcceptFindingRequestValidator : AbstractValidator<AcceptFindingRequest>
{
    public AcceptFindingRequestValidator()
    {
        RuleFor(r => r.FindingId).Id("findingId");
        RuleFor(r => r.LeadWorker).Matches(@"\A([a-z][a-z0-9-]{1,63})?\z").WithMessage("leadWorker is a staff id: 2 to 64 lower-case letters, digits and dashes.");
    }
}

internal sealed class DeferFindingRequestValidator : AbstractValidator<DeferFindingRequest>
{
    public DeferFindingRequestValidator()
    {
        RuleFor(r => r.FindingId).Id("findingId");
        RuleFor(r => r.Until).OptionalDay("until");
    }
}

internal sealed class DismissFindingRequestValidator : AbstractValidator<DismissFindingRequest>
{
    public DismissFindingRequestValidator()
    {
        RuleFor(r => r.FindingId).Id("findingId");
        RuleFor(r => r.Reason).MaximumLength(1_000);
    }
}

internal sealed class GetScanRequestValidator : AbstractValidator<GetScanRequest>
{
    public GetScanRequestValidator() => RuleFor(r => r.ScanId).Id("scanId");
}

internal sealed class ListFindingsRequestValidator : AbstractValidator<ListFindingsRequest>
{
    public ListFindingsRequestValidator()
    {
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class ListScansRequestValidator : AbstractValidator<ListScansRequest>
{
    public ListScansRequestValidator()
    {
        RuleFor(r => r.PageSize).PageSize();
        RuleFor(r => r.PageToken).ReturnedPageToken();
    }
}

internal sealed class UpdateRuleRequestValidator : AbstractValidator<UpdateRuleRequest>
{
    public UpdateRuleRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Description).MaximumLength(200);
        RuleFor(r => r.Parameters.Percent).Matches(@"\A[0-9]{1,3}(\.[0-9]{1,4})?\z").When(r => r.Parameters?.Percent is not null)
            .WithMessage("parameters.percent is a number such as \"30\".");
    }
}
