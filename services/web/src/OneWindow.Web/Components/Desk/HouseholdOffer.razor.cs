using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Desk;

/// <summary>
/// 本户还可办理: whoever of the household is at the window, what every member may do in this visit, by member: the
/// grandmother's elderly allowance, the son's disability subsidy, the household's annual reviews, each with the clauses
/// of its rule on that member's own facts and the monthly amount on them. Names as the page shows them (masked but for the
/// resident served). Asked again after each acceptance, so what was just accepted leaves the list.
/// </summary>
public sealed partial class HouseholdOffer
{
    private DueItemsReply? _due;
    private (string? Household, string? Resident, int Version) _asked;

    [Parameter, EditorRequired]
    public Household Household { get; set; } = null!;

    /// <summary>The member being served: the household's own items are decided on their facts.</summary>
    [Parameter]
    public Resident? Resident { get; set; }

    /// <summary>Changes with each acceptance at the window.</summary>
    [Parameter]
    public int Version { get; set; }

    [Inject]
    private Acceptance.AcceptanceClient Acceptance { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var asking = (Household.HouseholdId, Resident?.ResidentId, Version);
        if (asking == _asked)
        {
            return;
        }

        _asked = asking;
        _due = null;
        await Action.RunAsync(async () => _due = await Acceptance.ListDueItemsAsync(new ListDueItemsRequest
        {
            HouseholdId = Household.HouseholdId,
            IncludeEligible = true,
            ResidentId = Resident?.ResidentId ?? string.Empty,
        }));
    }

    /// <summary>The whole household's items first, then each member's in the household's order; members with none are left out.</summary>
    private IEnumerable<(string ResidentId, string Title, IReadOnlyList<DueItem> Items)> Groups()
    {
        var items = _due!.Items;
        var household = items.Where(i => i.ResidentId.Length == 0).ToList();
        if (household.Count > 0)
        {
            yield return (string.Empty, T["OfferWholeHousehold"], household);
        }

        foreach (var member in Household.Members)
        {
            var own = items.Where(i => i.ResidentId == member.ResidentId).ToList();
            if (own.Count > 0)
            {
                var served = member.ResidentId == Resident?.ResidentId ? T["OfferServed"].Value : string.Empty;
                yield return (member.ResidentId, T["OfferMember", member.Name, T["Relation_" + member.Relation], member.Age, served], own);
            }
        }
    }
}
