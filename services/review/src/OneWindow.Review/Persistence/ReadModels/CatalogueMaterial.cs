namespace OneWindow.Review.Persistence.ReadModels;

/// <summary>A material of an item version's guide, as catalogue-item-published told it.</summary>
public sealed record CatalogueMaterial(string Code, string Name);
