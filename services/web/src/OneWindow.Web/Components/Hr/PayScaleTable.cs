using System.Text.Json;

namespace OneWindow.Web.Components.Hr;

/// <summary>
/// The grade pay of a version of the district's scale (三岗十八级), read from the terms hr-payroll publishes as JSON:
/// three rows (tier 1 to 3) of eighteen monthly amounts (grade 1 to 18).
/// </summary>
public sealed record PayScaleTable(int Version, string EffectiveFrom, IReadOnlyList<IReadOnlyList<decimal>> GradePay)
{
    public const int Tiers = 3;

    public const int Grades = 18;

    public static PayScaleTable From(HrPayroll.V1.PayScale scale)
    {
        using var terms = JsonDocument.Parse(scale.TermsJson);
        var rows = terms.RootElement.GetProperty("gradePay").EnumerateArray()
            .Select(row => (IReadOnlyList<decimal>)[.. row.EnumerateArray().Select(amount => amount.GetDecimal())])
            .ToList();
        return new PayScaleTable(scale.Version, scale.EffectiveFrom, rows);
    }

    public decimal Of(int tier, int grade) => GradePay[tier - 1][grade - 1];
}
