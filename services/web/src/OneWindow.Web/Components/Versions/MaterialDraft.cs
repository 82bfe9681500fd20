namespace OneWindow.Web.Components.Versions;

/// <summary>One material of a version being written; a condition the previous version had is kept as it was.</summary>
public sealed class MaterialDraft
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool Original { get; set; } = true;

    public int Count { get; set; } = 1;

    public string? Condition { get; set; }
}
