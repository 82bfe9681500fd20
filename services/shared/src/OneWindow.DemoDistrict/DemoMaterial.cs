namespace OneWindow.DemoDistrict;

/// <summary>A material of a demo item: name, original or copy, count, when needed.</summary>
public sealed record DemoMaterial(string Code, string Name, bool Original, int Count, string? Condition = null);
