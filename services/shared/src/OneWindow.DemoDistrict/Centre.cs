namespace OneWindow.DemoDistrict;

/// <summary>A street centre (the tenant) with its register entry, its staff and the households it serves.</summary>
public sealed record Centre(
    string Code,
    string Name,
    string Address,
    string Phone,
    string OpeningHours,
    IReadOnlyList<DemoWindow> Windows,
    IReadOnlyList<string> Grids,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<Household> Households)
{
    public IEnumerable<Resident> Residents => Households.SelectMany(h => h.Members);
}
