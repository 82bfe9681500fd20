using OneWindow.Intake.V1;

namespace OneWindow.Web.Components.District;

public sealed class WindowDraft
{
    public string Number { get; set; } = string.Empty;

    public WindowType Type { get; set; } = WindowType.Comprehensive;
}
