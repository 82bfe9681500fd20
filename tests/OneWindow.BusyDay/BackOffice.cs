using System.Text.Json;
using OneWindow.DemoDistrict;

namespace OneWindow.BusyDay;

/// <summary>
/// First review and approval behind the hall: one reviewer is on leave today (asked for and approved in hr-payroll, so
/// the A/B roles have to cover); the head reads the team's open files once a pass, as the team view shows them; each
/// holder passes a file (after the supervisor's re-check where the item is time-limited) or returns it once for a
/// supplement that the clerk then brings; a policy officer approves what passed. Files nobody holds stay on the head's
/// list, as they would.
/// </summary>
public sealed class BackOffice(StackClient stack, DrillOptions options, Centre centre)
{
    private readonly Dictionary<string, FileProgress> _files = new(StringComparer.Ordinal);
    private readonly Random _random = new(options.Seed + 1_000);
    private readonly string _head = centre.Staff.First(s => s.Roles.Contains("head") && s.Roles.Contains("reviewer")).StaffId;
    private readonly string[] _supervisors = [.. centre.Staff.Where(s => s.Roles.Contains("supervisor")).Select(s => s.StaffId)];
    private readonly string _officer = centre.Staff.First(s => s.Roles.Contains("policy-officer") && !s.Roles.Contains("head")).StaffId;

    public int Returned { get; private set; }

    public int Passed { get; private set; }

    public int Approved { get; private set; }

    public int Open => _files.Values.Count(f => !f.Settled);

    /// <summary>A reviewer who is neither the head nor a supervisor goes on leave for today.</summary>
    public async Task<string?> SendOnLeaveAsync()
    {
        var reviewer = centre.Staff.First(s => s.Roles.Contains("reviewer") && !s.Roles.Contains("head") && !s.Roles.Contains("supervisor")).StaffId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var leave = await stack.PostAsync("api/hr-payroll/v1/leave", reviewer, new { from = today, to = today, kind = "LEAVE_KIND_PERSONAL", reason = "家中有事（演练）" });
        return leave is { } asked && await stack.PostAsync($"api/hr-payroll/v1/leave/{asked.GetProperty("leaveId").GetString()}:approve", _head, new { }) is not null
            ? reviewer
            : null;
    }

    /// <summary>One pass: new files join from the hall's queue, then every file not yet settled moves one step if it can.</summary>
    public async Task StepAsync(FrontHall hall)
    {
        while (hall.Accepted.TryDequeue(out var file))
        {
            _files[file.FileId] = new FileProgress(file, _random.NextDouble() < options.ReturnShare);
        }

        if (Open == 0 || await stack.GetAsync("api/review/v1/files?view=WORKLIST_VIEW_TEAM", _head) is not { } team)
        {
            return;
        }

        var open = team.TryGetProperty("files", out var files)
            ? files.EnumerateArray().ToDictionary(f => f.GetProperty("fileId").GetString()!, StringComparer.Ordinal)
            : [];
        foreach (var progress in _files.Values.Where(f => !f.Settled).ToList())
        {
            if (open.TryGetValue(progress.File.FileId, out var file))
            {
                progress.SeenInReview = true;
                await ReviewAsync(progress, file);
            }
            else if (progress.SeenInReview)
            {
                await ApproveAsync(progress);
            }
        }
    }

    private async Task ReviewAsync(FileProgress progress, JsonElement file)
    {
        var id = progress.File.FileId;
        var holder = file.TryGetProperty("reviewerStaffId", out var held) ? held.GetString() : null;
        switch (file.GetProperty("status").GetString())
        {
            case "FILE_STATUS_IN_REVIEW" when holder is not null && progress.WillReturn && !progress.ReturnedOnce:
                if (await FirstMaterialAsync(id, progress.File.Clerk) is { } material &&
                    await stack.PostAsync($"api/review/v1/files/{id}:return", holder, new { issues = new[] { new { materialCode = material, kind = "ISSUE_KIND_WRONG", note = "复印件不清晰（演练）" } } }) is not null)
                {
                    (progress.ReturnedOnce, progress.Missing) = (true, material);
                    Returned++;
                }

                break;
            case "FILE_STATUS_IN_REVIEW" when holder is not null:
                // A time-limited item passes only after a supervisor other than its holder re-checked it (业务主管复核).
                if (file.TryGetProperty("timeLimited", out var limited) && limited.GetBoolean() && !file.TryGetProperty("recheckedBy", out _))
                {
                    await stack.PostAsync($"api/review/v1/files/{id}:recheck", _supervisors.First(s => s != holder), new { });
                }
                else if (await stack.PostAsync($"api/review/v1/files/{id}:pass", holder, new { note = "材料齐全，符合条件（演练）" }) is not null)
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
        }
    }

    /// <summary>
    /// A file gone from the team's open files was decided at review: an item that needs approval waits for the officer,
    /// one that does not is finished. Not there yet while policy-law has not heard of the pass; a refusal (an amount to
    /// decide) is counted among the refusals and left.
    /// </summary>
    private async Task ApproveAsync(FileProgress progress)
    {
        var id = progress.File.FileId;
        var (status, approval) = await stack.SendAsync(HttpMethod.Get, $"api/policy-law/v1/approvals/{id}", _officer);
        if (status == System.Net.HttpStatusCode.NotFound && ++progress.ApprovalLooks > 20)
        {
            progress.Settled = true;
            return;
        }

        if (status != System.Net.HttpStatusCode.OK)
        {
            return;
        }

        if (!approval.TryGetProperty("status", out var state) || state.GetString() != "APPROVAL_STATUS_PENDING")
        {
            progress.Settled = true;
            return;
        }

        // A time-limited item is approved only after the supervisor the centre named for it re-checked it.
        if (approval.TryGetProperty("timeLimited", out var limited) && limited.GetBoolean() && !approval.TryGetProperty("recheckedBy", out _) &&
            approval.TryGetProperty("supervisorStaffId", out var supervisor))
        {
            await stack.PostAsync($"api/policy-law/v1/approvals/{id}:recheck", supervisor.GetString()!, new { });
            return;
        }

        if (await stack.PostAsync($"api/policy-law/v1/approvals/{id}:approve", _officer, new { }) is not null)
        {
            Approved++;
        }

        progress.Settled = true;
    }

    private async Task<string?> FirstMaterialAsync(string fileId, string clerk) =>
        await stack.GetAsync($"api/intake/v1/applications/{fileId}", clerk) is { } file && file.TryGetProperty("materials", out var materials) && materials.GetArrayLength() > 0
            ? materials[0].GetString()
            : null;

    private sealed class FileProgress(AcceptedFile file, bool willReturn)
    {
        public AcceptedFile File { get; } = file;

        /// <summary>Decided once, when the file is accepted: the share of files returned is the drill's setting.</summary>
        public bool WillReturn { get; } = willReturn;

        public bool ReturnedOnce { get; set; }

        public string? Missing { get; set; }

        public bool SeenInReview { get; set; }

        public int ApprovalLooks { get; set; }

        public bool Settled { get; set; }
    }
}
