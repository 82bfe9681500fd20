using OneWindow.Common.Errors;
using OneWindow.Common.Formats;

namespace OneWindow.Common.Tests;

public sealed class PageTokenTests
{
    [Fact]
    public void A_token_names_the_row_the_page_before_stopped_at_to_the_tick()
    {
        var at = new DateTimeOffset(2026, 12, 7, 9, 30, 15, 123, TimeSpan.FromHours(8)).AddTicks(4560);
        var id = Guid.NewGuid();

        var (parsedAt, parsedId) = PageToken.Parse(PageToken.After(at, id))!.Value;

        Assert.Equal(at, parsedAt);
        Assert.Equal(id, parsedId);
    }

    [Fact]
    public void A_token_of_a_list_ordered_by_day_names_the_day_and_the_row()
    {
        var id = Guid.NewGuid();

        var (day, parsedId) = PageToken.ParseDay(PageToken.After(new DateOnly(2026, 12, 31), id))!.Value;

        Assert.Equal((new DateOnly(2026, 12, 31), id), (day, parsedId));
        Assert.Null(PageToken.ParseDay(string.Empty));
    }

    [Fact]
    public void A_token_of_a_list_ordered_by_name_names_the_name_and_the_row()
    {
        var id = Guid.NewGuid();

        var (key, parsedId) = PageToken.ParseKeyed(PageToken.After("jiangpu-s022:复核", id))!.Value;

        Assert.Equal(("jiangpu-s022:复核", id), (key, parsedId));
        Assert.Null(PageToken.ParseKeyed(string.Empty));
        Assert.Equal("pageToken", Assert.Throws<DomainException>(() => PageToken.ParseKeyed(PageToken.After(DateTimeOffset.UnixEpoch, id))).Field);
    }

    [Fact]
    public void No_token_is_the_first_page()
    {
        Assert.Null(PageToken.Parse(string.Empty));
        Assert.Equal(PageToken.DefaultSize, PageToken.Size(0));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("%%%")]
    [InlineData("MTIzNA")]
    public void A_token_this_service_did_not_write_is_refused_by_its_field(string token)
    {
        var refused = Assert.Throws<DomainException>(() => PageToken.Parse(token));

        Assert.Equal(("invalid-page-token", "pageToken"), (refused.Code, refused.Field));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public void A_page_size_out_of_range_is_refused_by_its_field(int size)
    {
        var refused = Assert.Throws<DomainException>(() => PageToken.Size(size));

        Assert.Equal(("invalid-page-size", "pageSize"), (refused.Code, refused.Field));
    }
}
