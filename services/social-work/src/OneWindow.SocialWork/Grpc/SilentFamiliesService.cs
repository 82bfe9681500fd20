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
