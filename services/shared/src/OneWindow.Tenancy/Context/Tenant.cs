using System.Text.RegularExpressions;

namespace OneWindow.Tenancy;

/// <summary>
/// Whose data a unit of work may see. A street centre's staff see their centre; district staff
/// see every centre (read-only) or act on one centre they name; nobody else sees tenant data.
/// </summary>
public sealed partial record Tenant
{
    private Tenant(string? centreCode, bool districtWide, bool namedByDistrict)
    {
        CentreCode = centreCode;
        DistrictWide = districtWide;
        NamedByDistrict = namedByDistrict;
    }

    /// <summary>No tenant: tenant-owned rows are invisible and cannot be written.</summary>
    public static Tenant None { get; } = new(null, districtWide: false, namedByDistrict: false);

    /// <summary>District staff reading across all centres. Writing tenant data needs a named centre.</summary>
    public static Tenant District { get; } = new(null, districtWide: true, namedByDistrict: false);

    /// <summary>The street centre code, when one centre is in scope.</summary>
    public string? CentreCode { get; }

    public bool DistrictWide { get; }

    /// <summary>District staff acting on a centre they named: every such act is audited as such.</summary>
    public bool NamedByDistrict { get; }

    public static Tenant Centre(string centreCode, bool namedByDistrict = false) =>
        IsValidCentreCode(centreCode)
            ? new Tenant(centreCode, districtWide: false, namedByDistrict)
            : throw new ArgumentException($"'{centreCode}' is not a centre code.", nameof(centreCode));

    /// <summary>Centre codes are short lower-case slugs (e.g. <c>jiangpu</c>): safe in headers, logs and SQL settings.</summary>
    public static bool IsValidCentreCode(string? code) => code is not null && CentreCodePattern().IsMatch(code);

    public override string ToString() =>
        CentreCode is not null ? (NamedByDistrict ? $"{CentreCode} (named by district)" : CentreCode)
        : DistrictWide ? "district" : "none";

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CentreCodePattern();
}
