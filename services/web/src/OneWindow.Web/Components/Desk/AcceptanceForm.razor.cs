using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Desk;

/// <summary>
/// 受理: the item chosen by name, its materials checklist ticked at the window, everything missing told at once in the
/// printable one-time notice (一次性告知书), and the acceptance with its printable receipt (回执), the eligibility hint
/// and the items also due for the household, each accepted in the same visit with the materials already checked.
/// If the session ends on the way, the form is kept and comes back after the clerk signs in again.
/// </summary>
public sealed partial class AcceptanceForm
{
    private const int MostMatches = 8;
    private static readonly DeliveryMethod[] Deliveries = [DeliveryMethod.HomeDelivery, DeliveryMethod.Post, DeliveryMethod.Electronic, DeliveryMethod.CollectAtCentre];

    private IReadOnlyList<OneWindow.PolicyLaw.V1.ServiceGuide> _matches = [];
    private Checklist? _checklist;
    private HashSet<string> _ticked = new(StringComparer.Ordinal);
    private HashSet<string> _conditions = new(StringComparer.Ordinal);
    private DeliveryMethod _delivery = DeliveryMethod.HomeDelivery;
    private string? _visitId;
    private bool _fromBundling;
    private readonly HashSet<string> _checkedInVisit = new(StringComparer.Ordinal);
    private MaterialsCheck? _check;
    private AcceptReply? _accepted;

    [Parameter, EditorRequired]
    public Resident Resident { get; set; } = null!;

    /// <summary>The ticket being served, which the acceptance names (so the resident's record shows in full).</summary>
    [Parameter]
    public Ticket? Ticket { get; set; }

    /// <summary>An acceptance kept while the clerk signed in again.</summary>
    [Parameter]
    public AcceptanceDraft? Draft { get; set; }

    [Parameter]
    public EventCallback<AcceptReply> OnAccepted { get; set; }

    [Inject]
    private Acceptance.AcceptanceClient Acceptance { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private AcceptanceDrafts Drafts { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    private string Search { get; set; } = string.Empty;

    protected override void OnInitialized() =>
        Action.BeforeSignIn = async () =>
        {
            if (_checklist is not null)
            {
                await Drafts.KeepAsync(new AcceptanceDraft(Resident.ResidentId, _checklist.ItemCode, [.. _ticked], [.. _conditions], _delivery, _visitId, _fromBundling));
            }
        };

    protected override async Task OnParametersSetAsync()
    {
        if (Draft is { } draft && draft.ResidentId == Resident.ResidentId && _checklist is null)
        {
            _visitId = draft.VisitId;
            await ChooseAsync(draft.ItemCode, draft.FromBundling);
            _ticked = new HashSet<string>(draft.Materials, StringComparer.Ordinal);
            _conditions = new HashSet<string>(draft.Conditions, StringComparer.Ordinal);
            _delivery = draft.Delivery;
        }
    }

    private static void Toggle(HashSet<string> set, string code, ChangeEventArgs change)
    {
        if (change.Value is true)
        {
            set.Add(code);
        }
        else
        {
            set.Remove(code);
        }
    }

    private async Task SearchAsync() => _matches = await Catalogue.SearchAsync(Search, MostMatches);

    /// <summary>
    /// The item to accept next. After a first acceptance the resident's visit goes on: every item accepted now belongs to
    /// it, and materials checked in it count again, so the resident hands nothing over twice.
    /// </summary>
    private Task ChooseAsync(string itemCode, bool fromBundling) => Action.RunAsync(async () =>
    {
        _checklist = await Acceptance.GetChecklistAsync(new GetChecklistRequest { ItemCode = itemCode });
        _ticked = new HashSet<string>(_checklist.Materials.Select(m => m.Code).Intersect(_checkedInVisit), StringComparer.Ordinal);
        _conditions = new HashSet<string>(StringComparer.Ordinal);
        _fromBundling = fromBundling;
        _check = null;
        _matches = [];
        Search = string.Empty;
    });

    private AcceptApplicationRequest Request()
    {
        var request = new AcceptApplicationRequest
        {
            ItemCode = _checklist!.ItemCode,
            ResidentId = Resident.ResidentId,
            DeliveryMethod = _delivery,
            TicketId = Ticket?.Status is TicketStatus.Called or TicketStatus.Serving ? Ticket.TicketId : null,
            VisitId = _visitId,
            FromBundling = _fromBundling,
        };
        request.Materials.AddRange(_ticked.Where(code => _checklist.Materials.Any(m => m.Code == code)));
        request.ConditionsApplying.AddRange(_conditions);
        return request;
    }

    private Task CheckAsync() =>
        _checklist is null ? Task.CompletedTask : Action.RunAsync(async () => _check = await Acceptance.CheckMaterialsAsync(Request()));

    /// <summary>
    /// A second click of a double click that reaches the circuit after the acceptance finished finds no item chosen
    /// and does nothing (it once read the cleared checklist and broke the desk).
    /// </summary>
    private Task AcceptAsync() => _checklist is null ? Task.CompletedTask : Action.RunAsync(async () =>
    {
        var request = Request();
        // Told at once, before anything is recorded: the notice prints the whole list.
        _check = await Acceptance.CheckMaterialsAsync(request);
        if (!_check.Complete)
        {
            return;
        }

        _accepted = await Acceptance.AcceptApplicationAsync(request);
        _visitId = _accepted.File.VisitId;
        _checkedInVisit.UnionWith(_accepted.File.Materials);
        _checklist = null;
        _check = null;
        await OnAccepted.InvokeAsync(_accepted);
    });
}
