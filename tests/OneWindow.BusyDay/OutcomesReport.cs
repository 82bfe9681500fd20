using System.Globalization;
using System.Text.Json;
using OneWindow.DemoDistrict;

namespace OneWindow.BusyDay;

/// <summary>The director's reform outcomes of today, asked of intake and review as /reform asks them, in the page's words.</summary>
public sealed class OutcomesReport(StackClient stack, Centre centre)
{
    public async Task PrintAsync()
    {
        var frontHead = centre.Staff.First(s => s.Roles.Contains("head") && s.Roles.Contains("clerk")).StaffId;
        var reviewHead = centre.Staff.First(s => s.Roles.Contains("head") && s.Roles.Contains("reviewer")).StaffId;
        var hall = await stack.GetAsync("api/intake/v1/plan/outcomes", frontHead) ?? throw new InvalidOperationException("intake refused the outcomes");
        var files = await stack.GetAsync("api/review/v1/outcomes", reviewHead) ?? throw new InvalidOperationException("review refused the outcomes");
        var line = hall.GetProperty("lines").EnumerateArray().FirstOrDefault(l => l.GetProperty("windowType").GetString() == "WINDOW_TYPE_COMPREHENSIVE");
        var arrangements = hall.GetProperty("arrangements");
        var due = hall.GetProperty("dueItems");
        Console.WriteLine($"改革成效（{hall.GetProperty("day").GetString()}，{centre.Name}）");
        Console.WriteLine($"  综合窗口平均等候人数：{Number(line, "averageWaiting")}（目标不超过 {Number(hall, "targetWaiting")} 人；最多同时等候 {Int(line, "mostWaiting")} 人；规划模拟 {Number(line, "plannedAverageWaiting")}）");
        Console.WriteLine($"  综合窗口比分线窗口多办结：+{Number(arrangements, "moreServedShare", 100):0}%（目标不少于 +50%；综合 {Number(arrangements, "comprehensiveServed")} 人次，分线 {Number(arrangements, "lineBasedServed")} 人次）");
        Console.WriteLine($"  两次退回以内办结：{Share(Int(files, "finishedWithinTwoReturns"), Int(files, "finished"))}（目标 100%；进入初审 {Int(files, "received")} 件，已办结 {Int(files, "finished")} 件，曾退回 {Int(files, "returned")} 件）");
        Console.WriteLine($"  因审核人员休假而受阻：{Int(files, "blockedByLeave")} 件（目标 0；B 角接办或移交 {Int(files, "coveredForLeave")} 件，待科长分派 {Int(files, "unassigned")} 件）");
        Console.WriteLine($"  到期事项当次提示：{Share(Int(due, "offered"), Int(due, "due"))}（目标 100%；来访 {Int(due, "households")} 户，到期 {Int(due, "due")} 项，当次一并办理 {Int(due, "accepted")} 项）");
    }

    private static int Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.GetInt32() : 0;

    private static double Number(JsonElement element, string name, double scale = 1) =>
        (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.GetDouble() : 0) * scale;

    private static string Share(int part, int whole) =>
        whole == 0 ? "—" : (part / (double)whole).ToString("0%", CultureInfo.InvariantCulture);
}
