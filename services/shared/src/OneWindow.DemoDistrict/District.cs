namespace OneWindow.DemoDistrict;

/// <summary>The demo district: Yangpu (杨浦区, demo) with three street centres.</summary>
public sealed record District(string Code, string Name, IReadOnlyList<Centre> Centres, IReadOnlyList<StaffMember> DistrictStaff)
{
    public IEnumerable<StaffMember> AllStaff => DistrictStaff.Concat(Centres.SelectMany(c => c.Staff));

    public Centre Centre(string code) => Centres.Single(c => c.Code == code);
}
