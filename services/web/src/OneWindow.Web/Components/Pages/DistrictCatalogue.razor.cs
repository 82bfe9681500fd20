using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Common.Time;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Versions;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 事项目录 for the district admin: every item with the version in force, one item's versions, and the next version
/// written from the latest — its effective date, time limit, legal basis, steps, materials and eligibility rule. The
/// rule is checked by policy-law as it is typed and the spot where it goes wrong is pointed at; publishing is refused
/// by policy-law in words when something else is wrong.
/// </summary>
public sealed partial class DistrictCatalogue
{
    private List<ServiceItem> _items = [];
    private ServiceItem? _item;
    private VersionDraft? _draft;
    private RuleValidation? _ruleCheck;
    private string _checkedRule = string.Empty;
    private string? _published;
    private int _ruleTyped;
    private string? _listRefusal;
    private string? _itemRefusal;

    [SupplyParameterFromQuery(Name = "item")]
    private string? ItemCode { get; set; }

    [Inject]
    private PolicyLaw.V1.Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _items = [.. (await Catalogue.ListItemsAsync(new ListItemsRequest())).Items.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal)];
        }
        catch (RpcException refusal)
        {
            _listRefusal = Refusals.Describe(refusal);
        }

        _item = null;
        _draft = null;
        _ruleCheck = null;
        _itemRefusal = null;
        if (!string.IsNullOrEmpty(ItemCode))
        {
            await LoadItemAsync(ItemCode);
        }
    }

    /// <summary>The item's latest version (which may take effect later than the one in force), the start of the next.</summary>
    private async Task LoadItemAsync(string code)
    {
        try
        {
            var inForce = await Catalogue.GetItemAsync(new GetItemRequest { Code = code });
            var latest = inForce.Versions.Count > 0 && inForce.Versions.Max(v => v.Version) is var newest && newest != inForce.Version
                ? await Catalogue.GetItemAsync(new GetItemRequest { Code = code, Version = newest })
                : inForce;
            _item = latest;
            _draft = VersionDraft.From(latest, ChinaTime.Today(Clock));
        }
        catch (RpcException refusal)
        {
            _itemRefusal = Refusals.Describe(refusal);
        }
    }

    /// <summary>Asks policy-law about the rule as it stands; an answer to an earlier keystroke that comes late is dropped.</summary>
    private async Task RuleTypedAsync(ChangeEventArgs typed)
    {
        var rule = typed.Value?.ToString() ?? string.Empty;
        _draft!.EligibilityRule = rule;
        var asked = ++_ruleTyped;
        if (string.IsNullOrWhiteSpace(rule))
        {
            _ruleCheck = null;
            return;
        }

        try
        {
            var check = await Catalogue.ValidateRuleAsync(new ValidateRuleRequest { Rule = rule, Kind = RuleKind.Eligibility });
            if (asked == _ruleTyped)
            {
                (_ruleCheck, _checkedRule) = (check, rule);
            }
        }
        catch (RpcException refusal)
        {
            _itemRefusal = Refusals.Describe(refusal);
        }
    }

    private string RuleFaultText(RuleValidation check) => check.Fault switch
    {
        RuleFault.DoesNotParse when check.Position is { } position => T["CatalogueRuleAt", position + 1],
        _ => T["CatalogueRuleFault_" + check.Fault],
    };

    private async Task PublishAsync()
    {
        if (_item is null || _draft is null)
        {
            return;
        }

        var code = _item.Code;
        _published = null;
        ServiceItem? published = null;
        if (await Action.RunAsync(async () => published = await Catalogue.PublishVersionAsync(_draft.ToRequest(code))))
        {
            _published = T["CataloguePublished", published!.Version, published.EffectiveFrom];
            await OnParametersSetAsync();
        }
    }
}
