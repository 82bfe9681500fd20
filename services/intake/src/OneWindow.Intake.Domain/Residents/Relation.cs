namespace OneWindow.Intake.Domain.Residents;

/// <summary>How a member relates to the head of the household (与户主关系).</summary>
public enum Relation
{
    Head,
    Spouse,
    Child,
    Parent,
    Other,
}
