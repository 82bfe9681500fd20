using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Desk;

/// <summary>
/// The resident at the window: found by the ID number they hand over, or registered with a new household, or added to
/// the household shown. What the lookup shows is masked; the full record shows once the resident is being served here.
/// </summary>
public sealed partial class ResidentLookup
{
    private string _idNumber = string.Empty;
    private bool _notFound;
    private bool _addingMember;
    private NewMember _member = NewHead();
    private RegisterHouseholdRequest _household = new();
    private Dictionary<string, string> _benefitNames = [];

    [Parameter]
    public Resident? Resident { get; set; }

    [Parameter]
    public Household? Household { get; set; }

    /// <summary>The resident chosen (found or registered), by id.</summary>
    [Parameter]
    public EventCallback<string> OnChosen { get; set; }

    [Parameter]
    public EventCallback OnCleared { get; set; }

    [Inject]
    private Residents.ResidentsClient Residents { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        if (Household is { Benefits.Count: > 0 } && _benefitNames.Count == 0)
        {
            _benefitNames = (await Catalogue.GuidesAsync()).ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        }
    }

    private static NewMember NewHead() => new() { Relation = Relation.Head };

    private Task FindAsync() => Action.RunAsync(async () =>
    {
        _notFound = false;
        try
        {
            var found = await Residents.FindResidentAsync(new FindResidentRequest { IdNumber = _idNumber.Trim().ToUpperInvariant() });
            _idNumber = string.Empty;
            await OnChosen.InvokeAsync(found.ResidentId);
        }
        catch (RpcException missing) when (missing.StatusCode == StatusCode.NotFound)
        {
            _notFound = true;
            _member = NewHead();
            _member.IdNumber = _idNumber.Trim().ToUpperInvariant();
            _household = new RegisterHouseholdRequest();
        }
    });

    private Task RegisterHouseholdAsync() => Action.RunAsync(async () =>
    {
        var request = _household.Clone();
        request.Members.Add(_member);
        var household = await Residents.RegisterHouseholdAsync(request);
        _notFound = false;
        _idNumber = string.Empty;
        await OnChosen.InvokeAsync(household.Members[0].ResidentId);
    });

    private Task RegisterMemberAsync() => Action.RunAsync(async () =>
    {
        var member = await Residents.RegisterResidentAsync(new RegisterResidentRequest { HouseholdId = Household!.HouseholdId, Member = _member });
        _addingMember = false;
        _member = NewHead();
        await OnChosen.InvokeAsync(member.ResidentId);
    });
}
