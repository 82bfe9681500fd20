using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using OneWindow.PolicyLaw.V1;
using OneWindow.ServiceDefaults;
using OneWindow.Web.Components.Knowledge;
using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 政策问答: the department's one answer to what residents ask, found at the window by the words the resident uses
/// (低保, 高龄津贴), each with the item it belongs to. Policy officers write new answers and revise them; a clerk reads.
/// </summary>
public sealed partial class PolicyAnswers
{
    private const int PageSize = 20;

    private readonly PagedList<PolicyAnswer> _answers;
    private List<ServiceItem> _items = [];
    private bool _officer;
    private string? _query;
    private string _itemFilter = string.Empty;
    private (string Words, string? Item)? _searched;
    private int _found;
    private PolicyAnswer? _saved;
    private AnswerDraft? _draft;

    /// <summary>The answers of the search a page at a time, the latest revised first.</summary>
    public PolicyAnswers() =>
        _answers = new(async token =>
        {
            var (words, item) = _searched ?? (string.Empty, null);
            var reply = await Knowledge.SearchAnswersAsync(new SearchAnswersRequest { Q = words, ItemCode = item, PageSize = PageSize, PageToken = token });
            _found = reply.TotalSize;
            _saved = null;
            return (reply.Answers, reply.NextPageToken);
        });

    [Inject]
    private PolicyLaw.V1.Knowledge.KnowledgeClient Knowledge { get; set; } = null!;

    [Inject]
    private PolicyLaw.V1.Catalogue.CatalogueClient Catalogue { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    /// <summary>The page found, and the answer just saved on top of it (once) until the next search or page.</summary>
    private IReadOnlyList<PolicyAnswer>? Shown =>
        _saved is null ? _answers.Rows : [_saved, .. (_answers.Rows ?? []).Where(a => a.AnswerId != _saved.AnswerId)];

    protected override async Task OnInitializedAsync()
    {
        _officer = (await Authentication.GetAuthenticationStateAsync()).User.IsInRole(PlatformRoles.PolicyOfficer);
        await Action.RunAsync(async () => _items = [.. (await Catalogue.ListItemsAsync(new ListItemsRequest())).Items.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal)]);
    }

    private async Task SearchAsync()
    {
        var words = _query?.Trim();
        if (string.IsNullOrEmpty(words))
        {
            return;
        }

        // A new search starts at its first page; one that fails leaves the search shown, and its pages, as they were.
        var before = _searched;
        _searched = (words, _itemFilter.Length == 0 ? null : _itemFilter);
        if (!await Action.RunAsync(_answers.FirstAsync))
        {
            _searched = before;
        }
    }

    private void StartNew() => _draft = AnswerDraft.New(_itemFilter.Length == 0 ? null : _itemFilter);

    private async Task SaveAsync()
    {
        // A second click that reaches the circuit after the answer was saved finds no draft and saves nothing.
        if (_draft is not { } draft || !Complete(draft))
        {
            return;
        }

        PolicyAnswer? saved = null;
        if (await Action.RunAsync(async () => saved = await Knowledge.SaveAnswerAsync(draft.ToRequest()), T["AnswersSaved", draft.Question.Trim()]))
        {
            _draft = null;
            _saved = saved;
        }
    }

    private static bool Complete(AnswerDraft draft) =>
        draft.ItemCode.Length > 0 && !string.IsNullOrWhiteSpace(draft.Question) && !string.IsNullOrWhiteSpace(draft.Answer);

    private string ItemName(string code) => _items.FirstOrDefault(i => i.Code == code)?.Name ?? code;
}
