using StackExchange.Redis;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>
/// The hall hears intake on the event bus (docs/adr/0023): a ticket issued and a call made without the console's desk (a
/// clerk's own tool, through the gateway's API) are announced to the centre's live pages by the console, on the channel
/// its displays and pads follow. Nothing else announces a call made outside the desk, so without the console's
/// subscription nothing arrives. At Pingliang, whose queue no other journey uses.
/// </summary>
public sealed class HallEventJourneys(RunStack stack)
{
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_ticket_issued_and_a_call_made_through_the_api_reach_the_centres_live_pages()
    {
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, "pingliang-s004");
        await using var redis = await stack.RedisAsOperatorAsync();
        var announced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hall = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal("web:hall:pingliang"));
        hall.OnMessage(_ => announced.TrySetResult());
        await StackApi.PostAsync(clerk, "api/intake/v1/windows/07:open", new { type = "WINDOW_TYPE_COMPREHENSIVE" });

        var ticket = await StackApi.PostAsync(clerk, "api/intake/v1/tickets", new { windowType = "WINDOW_TYPE_COMPREHENSIVE", priority = false });
        await announced.Task.WaitAsync(EventWait, TestContext.Current.CancellationToken);

        announced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var called = await StackApi.PostAsync(clerk, "api/intake/v1/windows/07:call-next", new { });
        await announced.Task.WaitAsync(EventWait, TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(ticket.GetProperty("number").GetString()));
        Assert.Equal("07", called.GetProperty("window").GetString());
    }
}
