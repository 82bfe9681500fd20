namespace OneWindow.Intake.Domain.Catalogue;

/// <summary>One material the guide of an item version lists (办理要件); conditional ones only when their condition applies.</summary>
public sealed record RequiredMaterial(string Code, string Name, bool Original, int Count, string? Condition)
{
    public bool Conditional => Condition is not null;
}
