using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.Common.Time;
using OneWindow.HrPayroll.V1;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Hr;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// AB角: every item that goes to first review by the people who review, A and B marked in each cell; an item without
/// both an A and a B is highlighted as soon as a cell makes it so. The HR administrator edits and saves the people
/// changed (hr-payroll's SetSkills, which review's roster follows); heads and the director read it.
/// </summary>
public sealed partial class HrSkills
{
    private static readonly SkillMark[] Marks = Enum.GetValues<SkillMark>();

    private SkillsMatrix? _matrix;
    private bool _hrAdmin;
    private bool _departmentOnly;
    private bool _mustNameCentre;
    private string? _centre;

    [SupplyParameterFromQuery(Name = "centre")]
    private string? CentreName { get; set; }

    [Inject]
    private HrPayroll.V1.Staff.StaffClient Staff { get; set; } = null!;

    [Inject]
    private Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _hrAdmin = user.IsInRole(PlatformRoles.HrAdmin);
        // hr-payroll gives a head who is nothing more their own department's register only.
        _departmentOnly = !_hrAdmin && !user.IsInRole(PlatformRoles.Director) && user.IsInRole(PlatformRoles.Head);
        _centre = NamedCentre.For(user.Centre(), CentreName);
        _mustNameCentre = user.Centre() is null && _centre is null;
        if (!_mustNameCentre)
        {
            await Action.RunAsync(ReadAsync);
        }
    }

    private async Task ReadAsync()
    {
        var items = (await Catalogue.ListItemsAsync(new ListItemsRequest(), NamedCentre.Options(_centre))).Items
            .Where(i => i.Kind is ItemKind.Routed or ItemKind.Joint)
            .Select(i => (i.Code, i.Name));
        var staff = (await Staff.ListStaffAsync(new ListStaffRequest(), NamedCentre.Options(_centre))).Staff;
        _matrix = SkillsMatrix.Of(items, staff, ChinaTime.Today(Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), _departmentOnly);
    }

    private void Choose(string staffId, string item, string? chosen)
    {
        if (Enum.TryParse<SkillMark>(chosen, out var mark))
        {
            _matrix?.Set(staffId, item, mark);
            Action.Clear();
        }
    }

    private string State(string item) =>
        (_matrix!.HasA(item), _matrix.HasB(item)) switch
        {
            (true, true) => T["SkillsItemComplete"],
            (false, false) => T["SkillsItemNoAB"],
            (false, true) => T["SkillsItemNoA"],
            _ => T["SkillsItemNoB"],
        };

    private async Task SaveAsync()
    {
        if (_matrix is not { Changed.Count: > 0 } matrix)
        {
            return;
        }

        var people = matrix.Changed;
        // One person at a time, as hr-payroll sets one person's skills whole; a refusal stops there and keeps the rest unsaved.
        await Action.RunAsync(async () =>
        {
            foreach (var staffId in people)
            {
                matrix.Saved(await Staff.SetSkillsAsync(matrix.ToRequest(staffId), NamedCentre.Options(_centre)));
            }
        }, T["SkillsSaved", people.Count]);
    }
}
