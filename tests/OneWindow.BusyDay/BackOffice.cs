using System.Text.Json;
using OneWindow.DemoDistrict;

namespace OneWindow.BusyDay;

/// <summary>
/// First review and approval behind the hall: one reviewer is on leave today (asked for and approved in hr-payroll, so
/// the A/B roles have to cover); each file's holder passes it, or returns it once for a supplement that the clerk then
/// brings; a policy officer approves what passed. Files nobody holds stay on the head's list, as they would.
/// </summary>
public sealed class BackOffice(StackClient stack, DrillOptions options, Centre centre)
{
    private readonly Dictionary<string, FileProgress> _files = new(StringComparer.Ordinal);
    private readonly Random _random = new(options.Seed + 1_000);
    private readonly string _head = centre.Staff.First(s => s.Roles.Contains("head") && s.Roles.Contains("reviewer")).StaffId;
    private readonly string _officer = centre.Staff.First(s => s.Roles.Contains("policy-officer") && !s.Roles.Contains("head")).StaffId;

    public int Returned { get; private set; }

    public int Passed { get; private set; }

    public int Approved { get; private set; }

    public int Settled => _files.Values.Count(f => f.Settled);

    public int Open => _files.Values.Count(f => !f.Settled);

    /// <summary>A reviewer who is neither the head nor the supervisor goes on leave for today.</summary>
    public async Task<string?> SendOnLeaveAsync()
    {
        var reviewer = centre.Staff.First(s => s.Roles.Contains("reviewer") && !s.Roles.Contains("head") && !s.Roles.Contains("supervisor")).StaffId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var leave = await stack.PostAsync("api/hr-payroll/v1/leave", reviewer, new { from = today, to = today, kind = "LEAVE_KIND_PERSONAL", reason = "家中有事（演练）" });
        return leave is { } asked && await stack.PostAsync($"api/hr-payroll/v1/leave/{asked.GetProperty("leaveId").GetString()}:approve", _head, new { }) is not null
            ? reviewer
            : null;
    }

    /// <summary>One pass over every file not yet settled; new files join from the hall's queue.</summary>
    public async Task StepAsync(FrontHall hall)
    {
        while (hall.Accepted.TryDequeue(out var file))
        {
            _files[file.FileId] = new FileProgress(file);
        }

        foreach (var progress in _files.Values.Where(f => !f.Settled).ToList())
        {
            await StepAsync(progress);
        }
    }

    private async Task StepAsync(FileProgress progress)
    {
        var id = progress.File.FileId;
        if (await stack.GetAsync($"api/review/v1/files/{id}", _head) is not { } file)
        {
            return;
        }

        var holder = file.TryGetProperty("reviewerStaffId", out var held) ? held.GetString() : null;
        switch (file.GetProperty("status").GetString())
        {
            case "FILE_STATUS_IN_REVIEW" when holder is not null && !progress.ReturnedOnce && _random.NextDouble() < options.ReturnShare:
                var material = await FirstMaterialAsync(id, progress.File.Clerk);
                if (material is not null && await stack.PostAsync($"api/review/v1/files/{id}:return", holder, new { issues = new[] { new { materialCode = material, kind = "ISSUE_KIND_WRONG", note = "复印件不清晰（演练）" } } }) is not null)
                {
                    progress.ReturnedOnce = true;
                    progress.Missing = material;
                    Returned++;
                }

                break;
            case "FILE_STATUS_IN_REVIEW" when holder is not null:
                if (await stack.PostAsync($"api/review/v1/files/{id}:pass", holder, new { note = "材料齐全，符合条件（演练）" }) is not null)
                {
                    Passed++;
                }

                break;
            case "FILE_STATUS_AWAITING_SUPPLEMENT" when progress.Missing is { } missing:
                if (await stack.GetAsync($"api/intake/v1/applications/{id}", progress.File.Clerk) is { } intake && intake.GetProperty("status").GetString() == "FILE_STATUS_RETURNED")
                {
                    await stack.PostAsync($"api/intake/v1/applications/{id}:supplement", progress.File.Clerk, new { materials = new[] { missing } });
                }

                break;
            case "FILE_STATUS_PASSED":
                // Not there yet while policy-law has not heard of the pass; a refusal (an amount to decide) is counted and left.
                if (await stack.GetAsync($"api/policy-law/v1/approvals/{id}", _officer) is { } approval)
                {
                    if (IsPending(approval) && await stack.PostAsync($"api/policy-law/v1/approvals/{id}:approve", _officer, new { }) is not null)
                    {
                        Approved++;
                    }

                    progress.Settled = true;
                }

                break;
            case "FILE_STATUS_COMPLETED" or "FILE_STATUS_REJECTED":
                progress.Settled = true;
                break;
        }
    }

    private static bool IsPending(JsonElement approval) =>
        approval.TryGetProperty("status", out var status) && status.GetString() is { } text && text.EndsWith("PENDING", StringComparison.Ordinal);

    private async Task<string?> FirstMaterialAsync(string fileId, string clerk) =>
        await stack.GetAsync($"api/intake/v1/applications/{fileId}", clerk) is { } file && file.TryGetProperty("materials", out var materials) && materials.GetArrayLength() > 0
            ? materials[0].GetString()
            : null;

    private sealed class FileProgress(AcceptedFile file)
    {
        public AcceptedFile File { get; } = file;

        public bool ReturnedOnce { get; set; }

        public string? Missing { get; set; }

        public bool Settled { get; set; }
    }
}
