using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

internal sealed class SilentFamiliesService(RuleBook ruleBook, ScanSilentFamilies scanSilentFamilies, FindingUseCases findingUseCases) : SilentFamilies.SilentFamiliesBase
{
    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ListRulesReply> ListRules(ListRulesRequest request, ServerCallContext context) =>
        ruleBook.ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<Rule> UpdateRule(UpdateRuleRequest request, ServerCallContext context) =>
        ruleBook.UpdateAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ScanReply> Scan(ScanRequest request, ServerCallContext context) =>
        scanSilentFamilies.ScanAsync(context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListFindingsReply> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        findingUseCases.ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptFinding(AcceptFindingRequest request, ServerCallContext context) =>
        findingUseCases.AcceptAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DismissFinding(DismissFindingRequest request, ServerCallContext context) =>
        findingUseCases.DismissAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DeferFinding(DeferFindingRequest request, ServerCallContext context) =>
        findingUseCases.DeferAsync(request, Caller.Of(context), context.CancellationToken);
}
