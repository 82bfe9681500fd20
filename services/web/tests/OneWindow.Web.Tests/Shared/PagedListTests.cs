using OneWindow.Web.Components.Shared;

namespace OneWindow.Web.Tests.Shared;

/// <summary>Where a paged list is: 下一页 asks with the service's token, 上一页 asks for the page before again, and a page that fails to come leaves the user where they were.</summary>
public sealed class PagedListTests
{
    private readonly List<string> _asked = [];
    private readonly Queue<Func<(IEnumerable<string>, string)>> _answers = new();

    [Fact]
    public async Task Forward_and_back_ask_with_the_tokens_the_service_gave_and_a_first_page_forgets_them()
    {
        var list = List();
        _answers.Enqueue(() => (["a"], "after-a"));
        _answers.Enqueue(() => (["b"], "after-b"));
        _answers.Enqueue(() => (["a"], "after-a"));
        _answers.Enqueue(() => (["a"], "after-a"));
        await list.FirstAsync();
        await list.NextAsync();
        Assert.Equal((2, true, true), (list.Number, list.HasPrevious, list.HasNext));

        await list.PreviousAsync();
        await list.FirstAsync();

        Assert.Equal(["", "after-a", "", ""], _asked);
        Assert.Equal((1, false, true), (list.Number, list.HasPrevious, list.HasNext));
        Assert.Equal(["a"], list.Rows!);
    }

    [Fact]
    public async Task A_search_answered_before_the_pages_slow_first_read_stays_on_screen()
    {
        var first = new TaskCompletionSource<(IEnumerable<string>, string)>();
        var filter = "every";
        var list = new PagedList<string>(_ => filter == "every" ? first.Task : Task.FromResult<(IEnumerable<string>, string)>((["household-1"], string.Empty)));

        var opening = list.FirstAsync();
        filter = "household-1";
        await list.FirstAsync();
        first.SetResult((["household-1", "household-2"], "after"));
        await opening;

        Assert.Equal(["household-1"], list.Rows!);
        Assert.False(list.HasNext);
    }

    [Fact]
    public async Task A_next_or_previous_page_that_fails_leaves_the_page_shown_and_its_way_on()
    {
        var list = List();
        _answers.Enqueue(() => (["a"], "after-a"));
        _answers.Enqueue(() => throw new InvalidOperationException("refused"));
        _answers.Enqueue(() => (["b"], "after-b"));
        _answers.Enqueue(() => throw new InvalidOperationException("refused"));
        await list.FirstAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(list.NextAsync);
        Assert.Equal((1, true), (list.Number, list.HasNext));
        Assert.Equal(["a"], list.Rows!);
        await list.NextAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(list.PreviousAsync);

        Assert.Equal((2, true, true), (list.Number, list.HasPrevious, list.HasNext));
        Assert.Equal(["b"], list.Rows!);
        Assert.Equal(["", "after-a", "after-a", ""], _asked);
    }

    [Fact]
    public async Task Every_row_is_read_page_by_page_from_the_first_for_a_workbook_and_the_page_shown_stays()
    {
        var list = List();
        _answers.Enqueue(() => (["a"], "after-a"));
        _answers.Enqueue(() => (["b"], "after-b"));
        await list.FirstAsync();
        await list.NextAsync();
        _answers.Enqueue(() => (["a"], "after-a"));
        _answers.Enqueue(() => (["b"], "after-b"));
        _answers.Enqueue(() => (["c"], string.Empty));

        var every = await list.EveryRowAsync();

        Assert.Equal(["a", "b", "c"], every);
        Assert.Equal(["", "after-a", "", "after-a", "after-b"], _asked);
        Assert.Equal(2, list.Number);
        Assert.Equal(["b"], list.Rows!);
    }

    [Fact]
    public async Task The_last_page_offers_no_next_and_asking_for_it_asks_nothing()
    {
        var list = List();
        _answers.Enqueue(() => (["a"], string.Empty));
        await list.FirstAsync();

        await list.NextAsync();

        Assert.Equal((1, false, false), (list.Number, list.HasNext, list.Paged));
        Assert.Equal([""], _asked);
    }

    private PagedList<string> List() => new(token =>
    {
        _asked.Add(token);
        return Task.FromResult(_answers.Dequeue()());
    });
}
