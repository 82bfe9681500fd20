using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Desk;

/// <summary>
/// The files of the household at the window (or the one whose number the resident reads from a receipt): a returned
/// file takes the materials review asked for, and at a payment window the cashier takes a file's fee once.
/// </summary>
public sealed partial class HouseholdFiles
{
    private static readonly PaymentMethod[] Methods = [PaymentMethod.Cash, PaymentMethod.Card, PaymentMethod.MobilePay, PaymentMethod.Waived];

    private enum Work
    {
        Supplement,
        Fee,
    }

    private IReadOnlyList<ApplicationFile> _files = [];
    private Dictionary<string, string> _names = [];
    private string _fileNumber = string.Empty;
    private string? _shownHousehold;
    private int _shownVersion = -1;
    private ApplicationFile? _open;
    private Work _work;
    private HashSet<string> _brought = new(StringComparer.Ordinal);
    private TakeFeeRequest _fee = new();
    private string? _slip;
    private Dictionary<string, string> _materialNames = [];

    [Parameter]
    public Household? Household { get; set; }

    /// <summary>The window the clerk sits at (a payment window takes fees).</summary>
    [Parameter]
    public ServiceWindow? Window { get; set; }

    /// <summary>Changes when the desk has accepted a file, so the list is read again.</summary>
    [Parameter]
    public int Version { get; set; }

    [Inject]
    private Acceptance.AcceptanceClient Acceptance { get; set; } = null!;

    [Inject]
    private Fees.FeesClient Fees { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        if (Household?.HouseholdId != _shownHousehold || Version != _shownVersion)
        {
            _shownHousehold = Household?.HouseholdId;
            _shownVersion = Version;
            _open = null;
            _slip = null;
            await ListAsync(Household is null ? null : new ListApplicationsRequest { HouseholdId = Household.HouseholdId });
        }
    }

    private Task ListAsync(ListApplicationsRequest? request) => Action.RunAsync(async () =>
    {
        _files = request is null ? [] : (await Acceptance.ListApplicationsAsync(request)).Files;
        if (_names.Count == 0 && _files.Count > 0)
        {
            _names = (await Catalogue.GuidesAsync()).ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        }
    });

    private Task FindByNumberAsync() => ListAsync(new ListApplicationsRequest { FileNumber = _fileNumber.Trim() });

    private Task Open(ApplicationFile file, Work work) => Action.RunAsync(async () =>
    {
        _open = file;
        _work = work;
        _brought = new HashSet<string>(StringComparer.Ordinal);
        _fee = new TakeFeeRequest { FileId = file.FileId, Window = Window?.Number ?? string.Empty, Method = PaymentMethod.Cash, Channel = "wechat" };
        _slip = null;
        if (work == Work.Supplement)
        {
            var checklist = await Acceptance.GetChecklistAsync(new GetChecklistRequest { ItemCode = file.ItemCode });
            _materialNames = checklist.Materials.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal);
        }
    });

    private void Toggle(string code, ChangeEventArgs change)
    {
        if (change.Value is true)
        {
            _brought.Add(code);
        }
        else
        {
            _brought.Remove(code);
        }
    }

    private Task SupplementAsync() => Action.RunAsync(async () =>
    {
        var request = new AcceptSupplementRequest { FileId = _open!.FileId };
        request.Materials.AddRange(_brought);
        Replace(await Acceptance.AcceptSupplementAsync(request));
        _open = null;
    });

    private Task TakeFeeAsync() => Action.RunAsync(async () =>
    {
        if (_fee.Method != PaymentMethod.MobilePay)
        {
            _fee.Channel = string.Empty;
        }

        var payment = await Fees.TakeFeeAsync(_fee);
        _slip = payment.Slip;
        Replace(await Acceptance.GetApplicationAsync(new GetApplicationRequest { FileId = payment.FileId }));
        _open = null;
    });

    private void Replace(ApplicationFile file) => _files = [.. _files.Select(f => f.FileId == file.FileId ? file : f)];
}
