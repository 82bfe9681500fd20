using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Disbursement;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Review;

/// <summary>
/// Whether the file's household meets its item's eligibility rule, asked of intake (which reads the household's facts
/// today and has policy-law evaluate them) each time the file is opened, so the reviewer decides on what holds now. The
/// verdict, each fact the rule read with the household's value, and policy-law's reason as it words it; when
/// policy-law is silent or the caller may not ask, a notice here, and the rest of the file goes on without it.
/// </summary>
public sealed partial class FileEligibilitySection
{
    private FileEligibility? _eligibility;
    private Dictionary<string, string> _itemNames = [];
    private string? _shownFile;

    [Parameter]
    public string FileId { get; set; } = string.Empty;

    [Inject]
    private Acceptance.AcceptanceClient Acceptance { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    private bool HasRule => !string.IsNullOrEmpty(_eligibility?.Rule);

    protected override async Task OnParametersSetAsync()
    {
        if (FileId == _shownFile)
        {
            return;
        }

        _shownFile = FileId;
        _eligibility = null;
        await Action.RunAsync(async () => _eligibility = await Acceptance.GetFileEligibilityAsync(new GetFileEligibilityRequest { FileId = FileId }));
        if (_eligibility?.Facts.Any(f => f.Fact == "Benefits" && f.Value.Length > 0) == true)
        {
            await ReadItemNamesAsync();
        }
    }

    /// <summary>The benefits held, by the names a reviewer knows them by; their codes when the catalogue does not answer.</summary>
    private async Task ReadItemNamesAsync()
    {
        try
        {
            _itemNames = (await Catalogue.GuidesAsync()).ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        }
        catch (RpcException)
        {
            _itemNames = [];
        }
    }

    private string FactName(string fact) => T["EligibilityFact_" + fact] is { ResourceNotFound: false } name ? name.Value : fact;

    /// <summary>The household's value as the centre writes it; a fact not on record is said to be unknown.</summary>
    private string FactValue(EligibilityFact fact) => (fact.Fact, fact.Value) switch
    {
        ("Benefits", "") => T["EligibilityNoBenefits"],
        ("Benefits", var codes) => string.Join("、", codes.Split(',').Select(code => _itemNames.GetValueOrDefault(code, code))),
        (_, "") => T["EligibilityFactUnknown"],
        ("PerCapitaIncome", var amount) => Yuan.Of(amount),
        ("LocalHukou", var local) => bool.TryParse(local, out var isLocal) ? T[isLocal ? "EligibilityYes" : "EligibilityNo"] : local,
        ("Age", var years) => T["EligibilityYears", years],
        ("HouseholdSize" or "ElderlyMembers", var people) => T["EligibilityPeople", people],
        ("DisabilityGrade", "0") => T["EligibilityNoDisability"],
        ("DisabilityGrade", var grade) => T["EligibilityGrade", grade],
        (_, var value) => value,
    };
}
