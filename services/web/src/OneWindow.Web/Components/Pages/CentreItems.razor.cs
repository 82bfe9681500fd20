using Grpc.Core;
using Microsoft.AspNetCore.Components;
using OneWindow.PolicyLaw.V1;
using OneWindow.Web.Components.Dashboard;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 一街一策: the director decides which items of the district catalogue the centre offers, the note residents and
/// clerks read about the centre's own way, and the business supervisor named for the item at this centre. policy-law
/// keeps each setting for the director's own centre only.
/// </summary>
public sealed partial class CentreItems
{
    private List<ItemSettingDraft> _items = [];
    private string? _refusal;

    [Inject]
    private PolicyLaw.V1.Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private RefusalText Refusals { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            var reply = await Catalogue.ListItemsAsync(new ListItemsRequest());
            _items = [.. reply.Items.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Code, StringComparer.Ordinal).Select(ItemSettingDraft.From)];
        }
        catch (RpcException refusal)
        {
            _refusal = Refusals.Describe(refusal);
        }
    }

    private Task SaveAsync(ItemSettingDraft item) =>
        Action.RunAsync(() => Catalogue.SetCentreItemSettingAsync(item.ToRequest()).ResponseAsync, T["CentreItemsSaved", item.Name]);
}
