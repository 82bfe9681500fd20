namespace OneWindow.Web.Components.Hr;

/// <summary>What a person is for an item in the skills matrix (AB角): its A, its B, someone who knows it, or nothing.</summary>
public enum SkillMark
{
    None,
    Known,
    A,
    B,
}
