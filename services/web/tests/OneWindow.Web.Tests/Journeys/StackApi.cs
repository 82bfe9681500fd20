using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Common.Identity;

namespace OneWindow.Web.Tests.Journeys;

/// <summary>What a journey sets up through the gateway's API before a person takes over in the browser.</summary>
public static class StackApi
{
    /// <summary>Jiangpu Road's head of first review, also a reviewer.</summary>
    public const string ReviewHead = "jiangpu-s019";

    /// <summary>
    /// A new one-person household of Jiangpu Road whose item the clerk accepts with every unconditional material,
    /// as the desk does, the result to reach the resident by <paramref name="deliveryMethod"/>; returns the file and
    /// the reviewer first review assigned it to. The resident is born on <paramref name="born"/> when an item asks an age.
    /// </summary>
    public static async Task<(string FileId, string Reviewer)> AcceptedForReviewAsync(RunStack stack, string item, string phone, string deliveryMethod = "DELIVERY_METHOD_COLLECT_AT_CENTRE", DateOnly? born = null)
    {
        using var clerk = await DemoAccounts.ApiAsAsync(stack.Address, DemoAccounts.JiangpuClerk);
        var idNumber = ResidentIdNumber.Compose("310110", born ?? new DateOnly(1950, 1, 1).AddDays(Random.Shared.Next(0, 20_000)), Random.Shared.Next(0, 1000));
        var household = await PostAsync(clerk, "api/intake/v1/households", new
        {
            address = "杨浦区江浦路100弄7号202室",
            grid = "JP-G02",
            monthlyIncome = "900.00",
            members = new[] { new { name = "审查测试", idNumber, phone, hukouDistrict = "310110", relation = "RELATION_HEAD" } },
        });
        var resident = household.GetProperty("members")[0].GetProperty("residentId").GetString();
        var checklist = await GetAsync(clerk, $"api/intake/v1/items/{item}/checklist");
        var materials = checklist.GetProperty("materials").EnumerateArray()
            .Where(m => m.GetProperty("condition").GetString() is null or "")
            .Select(m => m.GetProperty("code").GetString())
            .ToArray();
        var accepted = await PostAsync(clerk, "api/intake/v1/applications", new { itemCode = item, residentId = resident, materials, deliveryMethod });
        var fileId = accepted.GetProperty("file").GetProperty("fileId").GetString()!;

        using var head = await DemoAccounts.ApiAsAsync(stack.Address, ReviewHead);
        string? reviewer = null;
        await EventuallyAsync(async () =>
        {
            using var response = await head.GetAsync($"api/review/v1/files/{fileId}", TestContext.Current.CancellationToken);
            reviewer = response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("reviewerStaffId").GetString()
                : null;
            return reviewer is not null;
        });
        return (fileId, reviewer!);
    }

    public static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    public static async Task<JsonElement> GetAsync(HttpClient api, string path) =>
        await api.GetFromJsonAsync<JsonElement>(path, TestContext.Current.CancellationToken);

    /// <summary>Asks until the condition holds, for at most half a minute (events travel between services).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.Fail("The condition did not hold within 30 s.");
    }
}
