namespace OneWindow.SocialWork.Persistence.ReadModels;

/// <summary>The name of each catalogue item (district-wide), for reasons and plans written in Chinese.</summary>
public sealed class CatalogueItemRecord
{
    public string ItemCode { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;
}
