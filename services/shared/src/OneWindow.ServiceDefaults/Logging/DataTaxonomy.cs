using Microsoft.Extensions.Compliance.Classification;

namespace OneWindow.ServiceDefaults;

/// <summary>Data classes of OneWindow: personal data never reaches a log in full.</summary>
public static class DataTaxonomy
{
    public static DataClassification PersonalData { get; } = new("OneWindow", "PersonalData");
}
