namespace OneWindow.PolicyLaw.Domain.Catalogue;

/// <summary>One material the guide lists (办理要件).</summary>
public sealed record RequiredMaterial(string Code, string Name, bool Original, int Count, string? Condition);
