using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Notification.V1;
using OneWindow.Web.Components.Pages;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Refusals;

namespace OneWindow.Web.Tests.Components;

/// <summary>The grid manager's delivery tasks on a phone: in notification's order (soonest first), a page at a time, confirmed only with who received and the receipt.</summary>
public sealed class DeliveriesTests : BunitContext
{
    private readonly AnsweringInvoker _notification = new();

    public DeliveriesTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization();
        Services.AddScoped<RefusalText>();
        Services.AddSingleton(new DeliveryTasks.DeliveryTasksClient(_notification));
        Services.AddTransient<PageAction>();
        AddAuthorization().SetAuthorized("jiangpu-s043").SetRoles("grid-manager").SetClaims(new Claim("tenant", "jiangpu"));
        _notification.Answer(new ListDeliveryTasksReply
        {
            Tasks =
            {
                Task("sooner", "最低生活保障审批决定书", "2026-12-08", overdue: true),
                Task("later", "低收入家庭认定证明", "2026-12-20", overdue: false),
            },
        });
    }

    [Fact]
    public void The_tasks_are_shown_in_the_order_notification_gives_and_an_overdue_one_says_so()
    {
        var page = Render<Deliveries>();

        var tasks = page.FindAll("[data-test=delivery-task]");
        Assert.Equal(2, tasks.Count);
        Assert.Contains("最低生活保障审批决定书", tasks[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("已超期", tasks[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("已超期", tasks[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_is_confirmed_only_with_who_received_it_and_the_receipts_reference()
    {
        var page = Render<Deliveries>();
        page.FindAll("[data-test=open-task]")[0].Click();

        Assert.True(page.Find("[data-test=confirm]").HasAttribute("disabled"));
        page.Find("#received-by").Input("邓萱萱");
        Assert.True(page.Find("[data-test=confirm]").HasAttribute("disabled"));
        page.Find("#signature").Input("HZ-20261206-01");
        page.Find("[data-test=confirm]").Click();

        var confirmed = Assert.Single(_notification.Sent.OfType<ConfirmDeliveryRequest>());
        Assert.Equal(("sooner", "邓萱萱", "HZ-20261206-01"), (confirmed.TaskId, confirmed.ReceivedBy, confirmed.SignatureReference));
        page.WaitForAssertion(() => Assert.Contains("已确认送达", page.Find("[data-test=delivery-done]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_open_tasks_are_asked_for_a_page_at_a_time_and_the_next_page_by_its_token()
    {
        _notification.Answer(new ListDeliveryTasksReply { Tasks = { Task("sooner", "最低生活保障审批决定书", "2026-12-08", overdue: true) }, NextPageToken = "tasks-2" });
        var page = Render<Deliveries>();
        page.WaitForAssertion(() => page.Find("[data-test=delivery-task]"));
        Assert.True(page.Find("[data-test=page-previous]").HasAttribute("disabled"));

        page.Find("[data-test=page-next]").Click();

        page.WaitForAssertion(() => Assert.Equal("第 2 页", page.Find("[data-test=page-number]").TextContent));
        var asked = _notification.Sent.OfType<ListDeliveryTasksRequest>().ToList();
        Assert.Equal(["", "tasks-2"], asked.Select(r => r.PageToken));
        Assert.All(asked, r => Assert.True(r.OpenOnly && r.PageSize == 20));
    }

    private static DeliveryTask Task(string id, string what, string due, bool overdue) => new()
    {
        TaskId = id,
        What = what,
        Due = due,
        Overdue = overdue,
        Address = "杨浦区江浦路100弄7号202室",
        Status = OneWindow.Notification.V1.TaskStatus.Assigned,
    };
}
