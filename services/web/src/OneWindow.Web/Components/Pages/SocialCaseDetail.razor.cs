using Grpc.Core;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Components.Social;
using IntakeHousehold = OneWindow.Intake.V1.Household;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One social case (个案): where it stands and its next steps, the household as social work knows it (and its
/// address, masked, from intake, for the visit), the assessed needs, the notes — a sensitive one readable only by the
/// case's workers and the department head, and offered to nobody else —, the home visits, the assistance plan, and
/// the closing with its reason. A worker of another case reads it and is told who leads it.
/// </summary>
public sealed partial class SocialCaseDetail
{
    private Case? _case;
    private CaseRights? _rights;
    private Household? _household;
    private IntakeHousehold? _address;
    private Dictionary<string, string> _itemNames = [];
    private readonly Dictionary<string, string> _sensitive = [];
    private HashSet<Need> _needs = [];
    private string? _summary;
    private string? _stepNote;
    private string? _noteText;
    private bool _noteSensitive;
    private ClosureReason _closure = ClosureReason.Unspecified;
    private string? _closureNote;

    [Parameter]
    public string CaseId { get; set; } = string.Empty;

    [Inject]
    private Cases.CasesClient Cases { get; set; } = null!;

    [Inject]
    private Households.HouseholdsClient Households { get; set; } = null!;

    [Inject]
    private Intake.V1.Residents.ResidentsClient Residents { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        await Action.RunAsync(async () =>
        {
            Show(await Cases.GetCaseAsync(new GetCaseRequest { CaseId = CaseId }));
            _rights = CaseRights.Of(_case!, user);
            _household = await Households.GetHouseholdAsync(new GetHouseholdRequest { HouseholdId = _case!.HouseholdId });
            _itemNames = (await Catalogue.GuidesAsync()).ToDictionary(g => g.Code, g => g.Name);
            _address = await AddressAsync(_case.HouseholdId);
        });
    }

    /// <summary>Intake may not know the household (one made before intake kept it); the case goes on without its address.</summary>
    private async Task<IntakeHousehold?> AddressAsync(string householdId)
    {
        try
        {
            return await Residents.GetHouseholdAsync(new Intake.V1.GetHouseholdRequest { HouseholdId = householdId });
        }
        catch (RpcException unknown) when (unknown.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied)
        {
            return null;
        }
    }

    private void Show(Case socialCase)
    {
        _case = socialCase;
        _needs = [.. socialCase.Situation?.Needs ?? []];
        _summary = socialCase.Situation?.Summary;
    }

    private string ItemName(string code) => _itemNames.GetValueOrDefault(code, code);

    private void Toggle(Need need, ChangeEventArgs change)
    {
        if (change.Value is true)
        {
            _needs.Add(need);
        }
        else
        {
            _needs.Remove(need);
        }
    }

    private Task AdvanceAsync(CaseStatus to)
    {
        // A second click after the step was taken finds it no longer among the next steps and does nothing.
        if (_case?.Next.Contains(to) != true)
        {
            return Task.CompletedTask;
        }

        var request = new AdvanceCaseRequest { CaseId = CaseId, To = to, Note = _stepNote?.Trim() ?? string.Empty };
        return ChangeAsync(async () => Show(await Cases.AdvanceCaseAsync(request)), T["SocialAdvanced", T["SocialCaseStatus_" + to]], () => _stepNote = null);
    }

    private Task DescribeAsync()
    {
        var situation = _case!.Situation?.Clone() ?? new Situation();
        situation.Needs.Clear();
        situation.Needs.AddRange(SocialEnums.Needs.Where(_needs.Contains));
        situation.Summary = _summary?.Trim() ?? string.Empty;
        var request = new DescribeSituationRequest { CaseId = CaseId, Situation = situation };
        return ChangeAsync(async () => Show(await Cases.DescribeSituationAsync(request)), T["SocialSituationSaved"], () => { });
    }

    private async Task AddNoteAsync()
    {
        if (string.IsNullOrWhiteSpace(_noteText))
        {
            return;
        }

        var request = new AddNoteRequest { CaseId = CaseId, Text = _noteText!.Trim(), Sensitive = _noteSensitive };
        // Clearing the text before the call keeps a double click from adding the note twice.
        _noteText = null;
        if (!await Action.RunAsync(async () => { await Cases.AddNoteAsync(request); Show(await Cases.GetCaseAsync(new GetCaseRequest { CaseId = CaseId })); }, T["SocialNoteSaved"]))
        {
            _noteText = request.Text;
            return;
        }

        _noteSensitive = false;
    }

    private Task ReadSensitiveAsync() => Action.RunAsync(async () =>
    {
        foreach (var note in (await Cases.ReadSensitiveNotesAsync(new ReadSensitiveNotesRequest { CaseId = CaseId })).Notes)
        {
            _sensitive[note.NoteId] = note.Text;
        }
    });

    private Task CloseAsync()
    {
        if (_closure == ClosureReason.Unspecified || _case?.Next.Contains(CaseStatus.Closed) != true)
        {
            return Task.CompletedTask;
        }

        var request = new CloseCaseRequest { CaseId = CaseId, ClosureReason = _closure, Note = _closureNote?.Trim() ?? string.Empty };
        return ChangeAsync(async () => Show(await Cases.CloseCaseAsync(request)), T["SocialClosed"], () => _closureNote = null);
    }

    private async Task ChangeAsync(Func<Task> change, string done, System.Action cleared)
    {
        if (await Action.RunAsync(change, done))
        {
            cleared();
        }
    }
}
