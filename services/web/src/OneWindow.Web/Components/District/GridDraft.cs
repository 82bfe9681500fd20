namespace OneWindow.Web.Components.District;

public sealed class GridDraft
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
