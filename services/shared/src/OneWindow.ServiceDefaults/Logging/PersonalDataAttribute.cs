using Microsoft.Extensions.Compliance.Classification;

namespace OneWindow.ServiceDefaults;

/// <summary>Marks a log parameter as personal data: it is masked before any logger sees it.</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataTaxonomy.PersonalData);
