using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.District;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 中心名录 for the district admin: every street centre in the district's register, a new centre registered, an entry
/// changed (hours, phone, windows, grids) or a centre closed, with the reason. intake refuses in words what is wrong;
/// a registered centre's staff can work at every service at once.
/// </summary>
public sealed partial class DistrictCentres
{
    private static readonly WindowType[] WindowTypes = [WindowType.Comprehensive, WindowType.PolicyConsultation, WindowType.Payment];

    private List<Centre> _centres = [];
    private CentreDraft? _draft;
    private string? _listRefusal;
    private string? _entryRefusal;

    /// <summary>The centre whose entry is open for change; none: a new centre.</summary>
    [Parameter]
    public string? Code { get; set; }

    [Inject]
    private Centres.CentresClient Register { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        await LoadListAsync();
        _entryRefusal = null;
        try
        {
            _draft = string.IsNullOrEmpty(Code) ? CentreDraft.New() : CentreDraft.From(await Register.GetCentreAsync(new GetCentreRequest { Code = Code }));
        }
        catch (RpcException refusal)
        {
            (_draft, _entryRefusal) = (null, Refusals.Describe(refusal));
        }
    }

    private async Task LoadListAsync()
    {
        try
        {
            _centres = [.. (await Register.ListCentresAsync(new ListCentresRequest())).Centres];
            _listRefusal = null;
        }
        catch (RpcException refusal)
        {
            _listRefusal = Refusals.Describe(refusal);
        }
    }

    private async Task SaveAsync()
    {
        if (_draft is not { } draft)
        {
            return;
        }

        Centre? saved = null;
        var code = draft.Code.Trim();
        var done = await Action.RunAsync(
            async () => saved = draft.Registered
                ? await Register.ChangeCentreAsync(new ChangeCentreRequest { Code = code, Details = draft.Details(), Open = draft.Open, Reason = draft.Reason.Trim() })
                : await Register.RegisterCentreAsync(new RegisterCentreRequest { Code = code, Details = draft.Details() }),
            draft.Registered ? T["CentresChanged", code] : T["CentresRegistered", code]);
        if (done && saved is not null)
        {
            _draft = CentreDraft.From(saved);
            await LoadListAsync();
        }
    }
}
