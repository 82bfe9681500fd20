using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Kiosk;

/// <summary>
/// 留言与投诉 at the kiosk: a message for the centre's book, or a complaint in one of its categories, which the
/// director or a head answers. Nothing on the screen stays for the next resident.
/// </summary>
public sealed partial class MessageBookForm
{
    private static readonly ComplaintCategory[] Categories =
        [ComplaintCategory.Attitude, ComplaintCategory.Waiting, ComplaintCategory.Process, ComplaintCategory.Materials, ComplaintCategory.Facilities, ComplaintCategory.Other];

    private bool _complaint;
    private ComplaintCategory _category = ComplaintCategory.Unspecified;
    private string _text = string.Empty;
    private string? _thanks;

    [Parameter]
    public EventCallback OnDone { get; set; }

    [Inject]
    private Satisfaction.SatisfactionClient Satisfaction { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    private Task SubmitAsync() => Action.RunAsync(async () =>
    {
        if (_complaint)
        {
            await Satisfaction.SubmitComplaintAsync(new SubmitComplaintRequest { Category = _category, Text = _text.Trim(), Source = ComplaintSource.Device });
            _thanks = T["KioskComplaintThanks"];
        }
        else
        {
            await Satisfaction.WriteMessageAsync(new WriteMessageRequest { Text = _text.Trim() });
            _thanks = T["KioskMessageThanks"];
        }

        _text = string.Empty;
    });
}
