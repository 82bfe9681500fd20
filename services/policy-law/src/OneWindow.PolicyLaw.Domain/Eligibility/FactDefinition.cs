namespace OneWindow.PolicyLaw.Domain.Eligibility;

/// <summary>
/// A fact rules may read: its name as rules write it, its name and unit as a clerk reads it aloud, its type, and the
/// field of <c>household-changed</c> (or the resident record intake reads it from) it comes from.
/// </summary>
public sealed record FactDefinition(string Name, string Label, FactType Type, string Unit, string Source);
