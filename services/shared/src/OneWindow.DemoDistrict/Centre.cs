namespace OneWindow.DemoDistrict;

/// <summary>A street centre (the tenant) with its staff and the households it serves.</summary>
public sealed record Centre(
    string Code,
    string Name,
    string Address,
    IReadOnlyList<DemoWindow> Windows,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<Household> Households)
{
    public IEnumerable<Resident> Residents => Households.SelectMany(h => h.Members);
}
