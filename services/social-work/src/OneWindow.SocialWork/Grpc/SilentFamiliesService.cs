using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using OneWindow.SocialWork.Application;
using OneWindow.SocialWork.V1;

namespace OneWindow.SocialWork.Grpc;

internal sealed class SilentFamiliesService(IServiceProvider services) : SilentFamilies.SilentFamiliesBase
{
    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ListRulesReply> ListRules(ListRulesRequest request, ServerCallContext context) =>
        services.GetRequiredService<RuleBook>().ListAsync(context.CancellationToken);

    [Authorize(Roles = PlatformRoles.DistrictAdmin)]
    public override Task<Rule> UpdateRule(UpdateRuleRequest request, ServerCallContext context) =>
        services.GetRequiredService<RuleBook>().UpdateAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.RuleReaders)]
    public override Task<ScanReply> Scan(ScanRequest request, ServerCallContext context) =>
        services.GetRequiredService<ScanSilentFamilies>().ScanAsync(context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<ListFindingsReply> ListFindings(ListFindingsRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().ListAsync(request, context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Case> AcceptFinding(AcceptFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().AcceptAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DismissFinding(DismissFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().DismissAsync(request, Caller.Of(context), context.CancellationToken);

    [Authorize(Roles = Roles.Worker)]
    public override Task<Finding> DeferFinding(DeferFindingRequest request, ServerCallContext context) =>
        services.GetRequiredService<FindingUseCases>().DeferAsync(request, Caller.Of(context), context.CancellationToken);
}
