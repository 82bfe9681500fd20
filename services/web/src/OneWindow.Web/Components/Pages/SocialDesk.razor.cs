using Microsoft.AspNetCore.Components;
using OneWindow.SocialWork.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 社会工作, the social worker's desk: the referrals waiting for someone to take them (accepting opens the case and
/// goes to it; declining needs a reason the referrer can read), the cases the worker works, and the visits they have
/// scheduled, each a page at a time in social-work's order: the longest waiting referral first, the newest case first,
/// the overdue visit first.
/// </summary>
public sealed partial class SocialDesk
{
    /// <summary>A page of each list fits the desk without hiding the next list far below.</summary>
    private const int PageSize = 20;

    private readonly PagedList<Referral> _referrals;
    private readonly PagedList<Case> _cases;
    private readonly PagedList<HomeVisit> _visits;
    private Dictionary<string, string> _itemNames = [];
    private string? _declining;
    private string? _declineReason;

    public SocialDesk()
    {
        _referrals = new(async token =>
        {
            var reply = await Referrals.ListReferralsAsync(new ListReferralsRequest { Status = ReferralStatus.Open, PageSize = PageSize, PageToken = token });
            return (reply.Referrals, reply.NextPageToken);
        });
        _cases = new(async token =>
        {
            var reply = await Cases.ListCasesAsync(new ListCasesRequest { Mine = true, PageSize = PageSize, PageToken = token });
            return (reply.Cases, reply.NextPageToken);
        });
        _visits = new(async token =>
        {
            var reply = await Visits.MyVisitsAsync(new MyVisitsRequest { PageSize = PageSize, PageToken = token });
            return (reply.Visits, reply.NextPageToken);
        });
    }

    [Inject]
    private Referrals.ReferralsClient Referrals { get; set; } = null!;

    [Inject]
    private Cases.CasesClient Cases { get; set; } = null!;

    [Inject]
    private HomeVisits.HomeVisitsClient Visits { get; set; } = null!;

    [Inject]
    private DeskCatalogue Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    protected override Task OnInitializedAsync() => Action.RunAsync(async () =>
    {
        await _referrals.FirstAsync();
        await _cases.FirstAsync();
        await _visits.FirstAsync();
        _itemNames = (await Catalogue.GuidesAsync()).ToDictionary(g => g.Code, g => g.Name);
    });

    private string ItemName(string code) => _itemNames.GetValueOrDefault(code, code);

    private async Task AcceptAsync(Referral referral)
    {
        // A second click after the case was opened finds the referral gone from the page and does nothing.
        if (_referrals.Rows?.Contains(referral) != true)
        {
            return;
        }

        Case? opened = null;
        if (await Action.RunAsync(async () => opened = await Referrals.AcceptReferralAsync(new AcceptReferralRequest { ReferralId = referral.ReferralId })))
        {
            _referrals.Rows.Remove(referral);
            Navigation.NavigateTo("/social/cases/" + opened!.CaseId);
        }
    }

    private void StartDeclining(Referral referral)
    {
        _declining = referral.ReferralId;
        _declineReason = null;
        Action.Clear();
    }

    private async Task DeclineAsync(Referral referral)
    {
        if (_declining != referral.ReferralId || string.IsNullOrWhiteSpace(_declineReason))
        {
            return;
        }

        var request = new DeclineReferralRequest { ReferralId = referral.ReferralId, Reason = _declineReason!.Trim() };
        if (await Action.RunAsync(async () => { await Referrals.DeclineReferralAsync(request); await _referrals.ReadAsync(); }, T["SocialDeclined"]))
        {
            _declining = null;
        }
    }
}
