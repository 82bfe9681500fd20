using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;

namespace OneWindow.Web.Components.Reasons;

/// <summary>
/// Each condition of an item's rule as policy-law worded it for the household, one line each, to be read aloud as it
/// stands (「家庭月人均收入 1,250.00 元，低于 1,510 元：符合」); a condition that failed is marked so the eye finds it.
/// </summary>
public sealed partial class ClauseList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<EligibilityClause> Clauses { get; set; } = [];
}
