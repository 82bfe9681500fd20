using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// One file (办件) by its address, as the desk links it: what was accepted, by whom and when, the statutory deadline,
/// its returns and what they asked for, the fee, and how the result travels home. Intake reads it under the centre's
/// row-level security, so another centre's file is refused here as not found, whoever types its address.
/// </summary>
public sealed partial class FileDetail
{
    private ApplicationFile? _file;
    private ServiceGuide? _guide;
    private string? _refusal;

    [Parameter]
    public string FileId { get; set; } = string.Empty;

    [Inject]
    private Acceptance.AcceptanceClient Acceptance { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _file = await Acceptance.GetApplicationAsync(new GetApplicationRequest { FileId = FileId });
            _guide = (await Catalogue.GuidesAsync()).FirstOrDefault(g => g.Code == _file.ItemCode);
        }
        catch (RpcException refusal)
        {
            _file = null;
            _refusal = Refusals.Describe(refusal);
        }
    }

    private string MaterialName(string code) => _guide?.Materials.FirstOrDefault(m => m.Code == code)?.Name ?? code;

    private string DeliveryText() => _file!.Delivery?.Progress switch
    {
        DeliveryProgress.Assigned => T["FileDeliveryAssigned", _file.Delivery.GridManagerStaffId, WireText.Day(_file.Delivery.Due)],
        DeliveryProgress.AttemptFailed => T["FileDeliveryFailed", _file.Delivery.FailedAttempts, _file.Delivery.LastFailureReason],
        DeliveryProgress.Delivered => T["FileDeliveryDone", WireText.Minute(_file.Delivery.DeliveredAt)],
        _ => T["FileDeliveryNone"],
    };
}
