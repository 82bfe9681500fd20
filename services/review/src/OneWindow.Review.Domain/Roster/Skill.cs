namespace OneWindow.Review.Domain.Roster;

/// <summary>How someone stands to an item in the skills matrix (AB角).</summary>
public enum Skill
{
    None,
    Known,
    B,
    A,
}
