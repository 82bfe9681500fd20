using Microsoft.AspNetCore.Components;

namespace OneWindow.Web.Components.Social;

/// <summary>One row's figures of the department's report, in the report's order (a worker's or the centre's).</summary>
public sealed partial class TallyCells
{
    [Parameter, EditorRequired]
    public SocialWork.V1.Tally Figures { get; set; } = null!;
}
